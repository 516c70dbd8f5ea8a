using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Lettings.Tests.ServiceDefaults;

/// <summary>
/// Without an OTLP endpoint nothing would receive the telemetry, so none is collected (it would still cost every
/// request): no OpenTelemetry tracer or meter provider is registered, and the site serves as usual.
/// </summary>
public sealed class TelemetryOffTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Without_an_endpoint_no_tracer_or_meter_provider_is_registered()
    {
        using var response = await app.CreateBrowserClient().GetAsync(new Uri("/lettings/1/", UriKind.Relative));

        Assert.True(response.IsSuccessStatusCode);
        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }
}
