using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Lettings.Tests.AppHost;

/// <summary>
/// The real Lettings.AppHost: PostgreSQL in a container (the image the test script chose, <see cref="AppHostBuilder"/>),
/// the `migrate` resource, then the site, all started by DCP as `dotnet run` would.
/// </summary>
[Trait(TestRequirements.Trait, TestRequirements.Docker)]
public sealed class AppHostTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task AppHost_starts_PostgreSQL_migrates_and_serves_the_five_public_pages_from_it()
    {
        using var cancellation = new CancellationTokenSource(s_timeout);
        var token = cancellation.Token;
        var builder = await AppHostBuilder.CreateAsync(["--Lettings:Postgres=true", "--Lettings:DataVolume=false", "--Lettings:PgAdmin=false"], token);
        await AppHostBuilder.RequirePostgresImageAsync(builder);

        await using var app = await builder.BuildAsync(token);
        await app.StartAsync(token);

        await app.ResourceNotifications.WaitForResourceHealthyAsync("lettings", token);
        var migrated = await app.ResourceNotifications.WaitForResourceAsync(
            "migrate", e => e.Snapshot.State?.Text == KnownResourceStates.Finished, token);
        Assert.Equal(0, migrated.Snapshot.ExitCode);
        await app.ResourceNotifications.WaitForResourceHealthyAsync("web", token);

        using var client = app.CreateHttpClient("web");
        await AssertPublicPagesAsync(client);

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), token);
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync(token));
    }

    [Fact]
    public async Task Site_starts_under_an_app_model_without_PostgreSQL_on_its_embedded_database()
    {
        using var cancellation = new CancellationTokenSource(s_timeout);
        var token = cancellation.Token;
        var folder = Directory.CreateTempSubdirectory("lettings-apphost-");
        try
        {
            var builder = await AppHostBuilder.CreateAsync(["--Lettings:Postgres=false"], token);
            Assert.DoesNotContain(builder.Resources, resource => resource is ContainerResource);
            var web = builder.Resources.OfType<ProjectResource>().Single(resource => resource.Name == "web");
            builder.CreateResourceBuilder(web)
                .WithEnvironment("Database__SqlitePath", Path.Combine(folder.FullName, "lettings.db"));

            await using var app = await builder.BuildAsync(token);
            await app.StartAsync(token);
            await app.ResourceNotifications.WaitForResourceHealthyAsync("web", token);

            using var client = app.CreateHttpClient("web");
            await AssertPublicPagesAsync(client);
            Assert.True(File.Exists(Path.Combine(folder.FullName, "lettings.db")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The five public pages answer with the original data (titles and usernames of the seed).</summary>
    private static async Task AssertPublicPagesAsync(HttpClient client)
    {
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Welcome to Summer Holiday Homes", home.Heading());

        var lettings = await client.GetDocumentAsync("/lettings/");
        Assert.Contains(("Oceanview Retreat", "/lettings/2/"), lettings.Links("main li a"));

        var letting = await client.GetDocumentAsync("/lettings/1/");
        Assert.Equal("Joshua Tree Green Haus /w Hot Tub", letting.Heading());

        var profiles = await client.GetDocumentAsync("/profiles/");
        Assert.Contains(("HeadlinesGazer", "/profiles/HeadlinesGazer/"), profiles.Links("main li a"));

        var profile = await client.GetDocumentAsync("/profiles/HeadlinesGazer/");
        Assert.Equal("HeadlinesGazer", profile.Heading());
    }
}
