extern alias AppHost;

using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Lettings.Tests.AppHost;

/// <summary>
/// The test script pulls the PostgreSQL image that the AppHost (Aspire.Hosting.PostgreSQL) asks for, so that on a
/// machine that reaches the registries the AppHost tests run the real image: an Aspire upgrade that moves the tag
/// fails here until the script follows.
/// </summary>
public sealed class PostgresImageTests
{
    [Fact]
    public async Task The_test_script_pulls_the_image_the_AppHost_runs_PostgreSQL_from()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<AppHost::Projects.Lettings_AppHost>(
            ["--Lettings:Postgres=true", "--Lettings:PgAdmin=false"], (options, _) => options.DisableDashboard = true, cancellation.Token);
        Assert.True(builder.Resources.OfType<PostgresServerResource>().Single().TryGetContainerImageName(out var image));

        Assert.Equal(image, (await ContainerImages.OfficialAsync())[ContainerImages.PostgresVariable]);
    }
}
