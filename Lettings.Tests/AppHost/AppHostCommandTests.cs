using System.Text.RegularExpressions;

namespace Lettings.Tests.AppHost;

/// <summary>
/// <c>dotnet run --project Lettings.AppHost</c>, the README's first command, on a machine without an ASP.NET Core
/// development certificate (<c>DOTNET_GENERATE_ASPNET_CERTIFICATE=false</c>, as here and in the SDK's container
/// image) and without a container engine that answers (<c>DOCKER_HOST</c> pointing at no socket): the default
/// launch profile is plain http and the site falls back to SQLite with a warning, so the dashboard and the site
/// come up. The ports are moved to free ones through the AppHost's own configuration switches, so that the test
/// can run beside a developer's AppHost.
/// </summary>
[Trait(TestRequirements.Trait, TestRequirements.Docker)]
public sealed partial class AppHostCommandTests : IAsyncLifetime
{
    private static readonly TimeSpan s_limit = TimeSpan.FromMinutes(4);
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("lettings-apphost-run-");

    [Fact]
    public async Task The_plain_command_brings_up_the_dashboard_and_the_site_without_a_development_certificate_or_a_container_engine()
    {
        var (dashboard, otlp, resources, site) = (LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free(), LoopbackPort.Free());
        await using var host = AppHostProcess.Start(
            new Dictionary<string, string?>
            {
                ["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false",
                ["Database__SqlitePath"] = Path.Combine(_data.FullName, "lettings.db"),
                ["ASPNETCORE_URLS"] = null,
                ["ASPNETCORE_ENVIRONMENT"] = null,
                ["DOTNET_ENVIRONMENT"] = null,
                ["DOCKER_HOST"] = $"unix://{Path.Combine(_data.FullName, "no-engine.sock")}",
                ["ASPIRE_CONTAINER_RUNTIME"] = null,
            },
            $"--ASPNETCORE_URLS=http://127.0.0.1:{dashboard}",
            $"--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://127.0.0.1:{otlp}",
            $"--ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://127.0.0.1:{resources}",
            $"--Lettings:WebPort={site.ToString(CultureInfo.InvariantCulture)}");

        var login = await host.WaitForLineAsync(LoginLine(), s_limit);
        Assert.DoesNotContain("Unable to configure HTTPS endpoint", host.Output, StringComparison.Ordinal);
        var warning = Assert.Single(host.Output.Split('\n'), line => line.StartsWith("warn: PostgreSQL is not available", StringComparison.Ordinal));
        Assert.Contains("the container runtime does not answer", warning, StringComparison.Ordinal);
        Assert.Contains("--Lettings:Postgres=true", warning, StringComparison.Ordinal);

        using (var dashboardClient = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, UseCookies = true }))
        {
            using var signedIn = await dashboardClient.GetAsync(new Uri(login.Groups["url"].Value));
            Assert.True(signedIn.StatusCode == HttpStatusCode.OK, $"{(int)signedIn.StatusCode}\n{host.Output}");
            Assert.Equal($"http://127.0.0.1:{dashboard}/", signedIn.RequestMessage!.RequestUri!.GetLeftPart(UriPartial.Path));
        }

        using var siteClient = SocketClient.Create(new Uri($"http://localhost:{site}/"));
        await SocketClient.WaitUntilAnsweringAsync(siteClient.BaseAddress!, s_limit, () => Task.FromResult<string?>(null), () => Task.FromResult(host.Output));
        var home = await siteClient.GetDocumentAsync("/");
        Assert.Equal("Welcome to Summer Holiday Homes", home.Heading());
        Assert.True(File.Exists(Path.Combine(_data.FullName, "lettings.db")));
    }

    [GeneratedRegex(@"Login to the dashboard at (?<url>http://127\.0\.0\.1:\d+/login\?t=\w+)")]
    private static partial Regex LoginLine();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
