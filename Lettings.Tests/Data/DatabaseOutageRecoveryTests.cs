using Lettings.Web.Data;
using Lettings.Web.Hosting;

namespace Lettings.Tests.Data;

/// <summary>
/// The real thing, on a PostgreSQL cluster of the test's own that it stops and starts: while the database is down,
/// pages that need it answer 503 with <c>Retry-After</c> and the friendly page (no stack trace, no provider name),
/// readiness is 503 and liveness 200, Sentry gets one event and the logs one warning; once it is back the site
/// serves again without a restart.
/// </summary>
[Collection(GlobalTelemetry.Name)]
[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class DatabaseOutageRecoveryTests : IAsyncLifetime
{
    private PrivatePostgresCluster _cluster = null!;
    private FakeSentryServer _sentry = null!;
    private OutageApp _app = null!;

    [Fact]
    public async Task A_database_outage_is_a_503_page_reported_once_and_the_site_recovers_without_a_restart()
    {
        var client = _app.CreateBrowserClient();
        using (var before = await client.GetAsync(new Uri("/lettings/", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await FlushAsync();
        var eventsBefore = _sentry.Items("event").Count;
        await _cluster.StopAsync();

        foreach (var path in new[] { "/lettings/", "/lettings/1/", "/profiles/DavWin/", "/lettings/" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"{path}: Retry-After {response.Headers.RetryAfter}");
            var html = await response.Content.ReadAsStringAsync();
            var page = HtmlExtensions.Parse(html);
            Assert.Equal("503 - Temporarily Unavailable", page.Title);
            foreach (var revealing in new[] { "Npgsql", "PostgreSQL", "Exception", "   at " })
            {
                Assert.DoesNotContain(revealing, html, StringComparison.OrdinalIgnoreCase);
            }
        }

        using (var health = await client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }

        using (var alive = await client.GetAsync(new Uri("/alive", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        }

        await _cluster.StartServerAsync();

        Assert.Equal(HttpStatusCode.OK, await StatusOnceRecoveredAsync(client, "/lettings/"));
        Assert.Equal(HttpStatusCode.OK, await StatusOnceRecoveredAsync(client, "/health"));
        using (var details = await client.GetAsync(new Uri("/lettings/1/", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        }

        await FlushAsync();
        var newEvents = _sentry.Items("event").Skip(eventsBefore).ToList();
        Assert.True(newEvents.Count == 1, string.Join("\n", newEvents.Select(Summary)));
        var outageEvent = newEvents[0];
        Assert.Equal(SentryReporting.OutageFingerprint, outageEvent.GetProperty("fingerprint").EnumerateArray().Select(f => f.GetString()));
        var logs = _app.Logs.GetSnapshot();
        Assert.Single(logs, log => log.Message.Contains("The database cannot be reached", StringComparison.Ordinal));
        var errors = logs.Where(log => log.Level >= Microsoft.Extensions.Logging.LogLevel.Error && log.Exception is not null && DatabaseOutage.Is(log.Exception)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Category}: {e.Message}")));
    }

    private static string Summary(System.Text.Json.JsonElement sentEvent) =>
        $"{(sentEvent.TryGetProperty("logger", out var logger) ? logger.GetString() : "-")}: "
        + $"{(sentEvent.TryGetProperty("logentry", out var entry) ? entry.GetProperty("formatted").GetString() : "")} "
        + $"{(sentEvent.TryGetProperty("exception", out var exception) ? exception.GetProperty("values").EnumerateArray().Last().GetProperty("type").GetString() : "")} "
        + $"{(sentEvent.TryGetProperty("fingerprint", out var fingerprint) ? fingerprint.GetRawText() : "")}";

    private async Task FlushAsync()
    {
        await _app.Services.GetRequiredService<IHub>().FlushAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
    }

    /// <summary>The status once the site answers something other than 503, polling for at most 30 s.</summary>
    private static async Task<HttpStatusCode> StatusOnceRecoveredAsync(HttpClient client, string path)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline)
            {
                return response.StatusCode;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    public async Task InitializeAsync()
    {
        _cluster = await PrivatePostgresCluster.StartAsync();
        _sentry = await FakeSentryServer.StartAsync();
        _app = new OutageApp(new ClusterDatabase(_cluster), _sentry);
        await _app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _sentry.DisposeAsync();
        await _cluster.DisposeAsync();
    }

    private sealed class ClusterDatabase(PrivatePostgresCluster cluster) : TestDatabase
    {
        public override string Name => "private PostgreSQL cluster";

        public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DatabaseChoice.ConnectionName}"] = cluster.ConnectionString("lettings"),
        };

        public override Task DisposeAsync() => Task.CompletedTask;
    }

    private sealed class OutageApp(TestDatabase database, FakeSentryServer sentry) : LettingsApp(database)
    {
        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            [SentrySettings.DsnVariable] = sentry.Dsn,
            [SentrySettings.SampleRateVariable] = "0",
        };
    }
}
