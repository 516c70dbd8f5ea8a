using System.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Lettings.Tests.ServiceDefaults;

/// <summary>
/// What <c>AddServiceDefaults()</c> records, seen through OpenTelemetry's in-memory exporter: a server span per
/// page with its database spans as children, request metrics, and nothing at all for health probes.
/// </summary>
public abstract class OpenTelemetryTests(OpenTelemetryTests.TelemetryApp app)
{
    private readonly HttpClient _client = app.CreateBrowserClient();

    /// <summary>The instrumentation whose spans carry this provider's SQL.</summary>
    protected abstract string DatabaseSource { get; }

    [Fact]
    public async Task Page_request_yields_a_server_span_with_a_database_child_span()
    {
        using var response = await _client.GetAsync(new Uri("/lettings/1/", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode);

        var server = await app.WaitForSpanAsync(span =>
            span.Kind == ActivityKind.Server && (span.GetTagItem("url.path") as string) == "/lettings/1/");
        Assert.Equal("GET lettings/{id:int}", server.DisplayName);
        Assert.Equal(200, server.GetTagItem("http.response.status_code"));

        var children = app.Spans().Where(span => span.ParentSpanId == server.SpanId).ToList();
        var query = Assert.Single(children, span => span.Source.Name == DatabaseSource);
        Assert.Equal(ActivityKind.Client, query.Kind);
        var sql = query.GetTagItem("db.query.text") ?? query.GetTagItem("db.statement"); // new or old conventions
        Assert.Contains("FROM \"Lettings\"", sql as string ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_are_measured()
    {
        using var response = await _client.GetAsync(new Uri("/profiles/", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode);

        app.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Contains(app.Metrics.ToList(), metric => metric.Name == "http.server.request.duration");
    }

    [Fact]
    public async Task Health_probes_leave_no_span_not_even_for_their_database_check()
    {
        await _client.GetDocumentAsync("/");
        await app.WaitForSpanAsync(span => (span.GetTagItem("url.path") as string) == "/");
        var before = app.Spans().Count;

        foreach (var path in new[] { "/health", "/alive", "/health", "/alive" })
        {
            using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode);
        }

        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.Empty(app.Spans().Skip(before));
    }

    /// <summary>The site with OpenTelemetry's in-memory exporters beside whatever it configures itself.</summary>
    public class TelemetryApp(TestDatabase database) : LettingsApp(database)
    {
        private readonly List<Activity> _spans = [];

        public List<Metric> Metrics { get; } = [];

        public IReadOnlyList<Activity> Spans()
        {
            lock (_spans)
            {
                return [.. _spans];
            }
        }

        public async Task<Activity> WaitForSpanAsync(Func<Activity, bool> match)
        {
            // A server span ends just after the response is written: give it a moment.
            for (var attempt = 0; attempt < 50; attempt++)
            {
                if (Spans().FirstOrDefault(match) is { } span)
                {
                    return span;
                }

                await Task.Delay(100);
            }

            throw new Xunit.Sdk.XunitException("No such span was exported.");
        }

        /// <summary>
        /// The sampler the Aspire AppHost sets (children of a filtered span are sampled on their own), and telemetry
        /// on although no OTLP endpoint is set.
        /// </summary>
        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["OTEL_TRACES_SAMPLER"] = "always_on",
            ["OpenTelemetry:Enabled"] = "true", // no OTLP endpoint: the in-memory exporters below stand in for it
        };

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddOpenTelemetry()
                .WithTracing(tracing => tracing.AddInMemoryExporter(new LockedCollection(_spans)))
                .WithMetrics(metrics => metrics.AddInMemoryExporter(Metrics));

        /// <summary>The exporter adds from the request threads while tests read.</summary>
        private sealed class LockedCollection(List<Activity> inner) : System.Collections.ObjectModel.Collection<Activity>(inner)
        {
            protected override void InsertItem(int index, Activity item)
            {
                lock (inner)
                {
                    base.InsertItem(index, item);
                }
            }
        }
    }

    public sealed class SqliteTelemetryApp() : TelemetryApp(new SqliteTestDatabase());

    public sealed class PostgresTelemetryApp() : TelemetryApp(new PostgresTestDatabase());
}

[Collection(GlobalTelemetry.Name)]
public sealed class OpenTelemetryOnSqlite(OpenTelemetryTests.SqliteTelemetryApp app)
    : OpenTelemetryTests(app), IClassFixture<OpenTelemetryTests.SqliteTelemetryApp>
{
    protected override string DatabaseSource => "OpenTelemetry.Instrumentation.EntityFrameworkCore";
}

[Collection(GlobalTelemetry.Name)]
[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class OpenTelemetryOnPostgres(OpenTelemetryTests.PostgresTelemetryApp app)
    : OpenTelemetryTests(app), IClassFixture<OpenTelemetryTests.PostgresTelemetryApp>
{
    protected override string DatabaseSource => "Npgsql";
}
