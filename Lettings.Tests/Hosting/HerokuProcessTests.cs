namespace Lettings.Tests.Hosting;

/// <summary>
/// The built site as a process, started and stopped the way Heroku runs a web dyno: it listens on <c>$PORT</c>,
/// honours the router's <c>X-Forwarded-Proto</c> when <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> (the config
/// var the deployment guide sets), and stops cleanly and quickly on SIGTERM (Heroku sends SIGKILL 30 s later).
/// </summary>
public sealed class HerokuProcessTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public async Task The_site_listens_on_PORT_trusts_the_router_when_told_and_stops_within_Herokus_30_seconds_on_SIGTERM()
    {
        var environment = WebProcess.EnvironmentFor(_database);
        environment["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true";
        await using var server = await ServerProcess.StartAsync(environment);
        using var client = server.CreateClient();

        // As the router forwards an HTTPS request (a plain-HTTP one is redirected to https).
        using var overTls = new HttpRequestMessage(HttpMethod.Get, "/lettings/");
        overTls.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(overTls);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lettings = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(("Joshua Tree Green Haus /w Hot Tub", "/lettings/1/"), lettings.Links("main li a"));
        Assert.Contains($":{server.Port}", server.Output, StringComparison.Ordinal);

        using var forwarded = new HttpRequestMessage(HttpMethod.Get, "/");
        forwarded.Headers.Host = "lettings.example.org";
        forwarded.Headers.Add("X-Forwarded-Proto", "https");
        using var overHttps = await client.SendAsync(forwarded);
        Assert.True(overHttps.Headers.Contains("Strict-Transport-Security"), "X-Forwarded-Proto: https was not honoured.");

        var (elapsed, exitCode) = await server.TerminateAsync(TimeSpan.FromSeconds(30));
        Assert.True(exitCode == 0, $"exit {exitCode}\n{server.Output}");
        Assert.True(elapsed < TimeSpan.FromSeconds(10), $"stopping took {elapsed}");
        Assert.Contains("Application is shutting down", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_switch_the_site_ignores_X_Forwarded_Proto()
    {
        await using var server = await ServerProcess.StartAsync(WebProcess.EnvironmentFor(_database));
        using var client = server.CreateClient();

        using var forwarded = new HttpRequestMessage(HttpMethod.Get, "/");
        forwarded.Headers.Host = "lettings.example.org";
        forwarded.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(forwarded);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
