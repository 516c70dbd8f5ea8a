using Lettings.Web.Hosting;
using Microsoft.Extensions.Logging;

namespace Lettings.Tests.Hosting;

/// <summary>Production logs: one structured line per request, and what start-up says about data and telemetry.</summary>
public sealed class RequestLoggingTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Each_request_is_one_line_with_method_path_status_and_elapsed_time()
    {
        var path = $"/no-such-page-{Guid.NewGuid():N}/";
        using var client = app.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri(path + "?q=private", UriKind.Relative));

        var lines = app.Logs.GetSnapshot().Where(log => log.Category == RequestLogging.Category && log.Message.Contains(path, StringComparison.Ordinal)).ToList();
        var line = Assert.Single(lines);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("GET", line.GetStructuredStateValue("Method"));
        Assert.Equal(path, line.GetStructuredStateValue("Path"));
        Assert.Equal("404", line.GetStructuredStateValue("StatusCode"));
        Assert.True(double.TryParse(line.GetStructuredStateValue("ElapsedMs"), System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.DoesNotContain("private", line.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line.Message);
    }

    [Fact]
    public void Start_up_names_the_database_and_the_telemetry_sinks()
    {
        var messages = app.Logs.GetSnapshot().Select(log => log.Message).ToList();

        Assert.Contains(messages, m => m.StartsWith("Database: SQLite file", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Telemetry: OpenTelemetry OTLP exporter off", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("Telemetry: Sentry off", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Framework_request_lines_are_turned_down_so_one_line_remains()
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri("/lettings/", UriKind.Relative));

        Assert.DoesNotContain(app.Logs.GetSnapshot(), log =>
            log.Category == "Microsoft.AspNetCore.Hosting.Diagnostics" && log.Level < LogLevel.Warning);
    }
}
