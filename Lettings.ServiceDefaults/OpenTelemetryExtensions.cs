using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Lettings.ServiceDefaults;

public static class OpenTelemetryExtensions
{
    /// <summary>The EF Core provider whose commands Npgsql already traces (its spans would be doubled).</summary>
    private const string NpgsqlEfProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>
    /// Logs, metrics and traces: ASP.NET Core (health probes left out), HttpClient, the runtime, Npgsql
    /// (PostgreSQL commands) and EF Core for the other providers (SQLite), exported over OTLP, when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the Aspire AppHost sets it for the dashboard).
    /// </summary>
    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        // Telemetry that goes nowhere still costs every request its activities, tags and measurements, so without
        // an exporter none of it is registered (dotnet-counters and dotnet-trace read the runtime's and ASP.NET
        // Core's own meters and events without it). OpenTelemetry:Enabled overrides that either way.
        if (!(Setting.Flag(builder.Configuration, EnabledKey) ?? OtlpEndpoint(builder.Configuration) is not null))
        {
            return builder;
        }

        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation())
            .WithTracing(tracing => tracing
                .AddProcessor(new FilteredParentProcessor())
                .AddSource(builder.Environment.ApplicationName)
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = context => !HealthEndpoints.IsProbe(context.Request.Path.Value))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddEntityFrameworkCoreInstrumentation(options =>
                    options.Filter = (provider, _) => provider != NpgsqlEfProvider));

        builder.AddOpenTelemetryExporters();
        return builder;
    }

    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string EnabledKey = "OpenTelemetry:Enabled";

    /// <summary>The OTLP endpoint, or null when telemetry stays in the process. A malformed one stops the start.</summary>
    public static Uri? OtlpEndpoint(IConfiguration configuration) => Setting.HttpUrl(configuration, OtlpEndpointVariable);

    private static void AddOpenTelemetryExporters<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        // The exporter reads the endpoint (and the other OTEL_EXPORTER_OTLP_* settings) itself; it is added only
        // when one is set, so a site run on its own does not retry a collector that is not there.
        if (OtlpEndpoint(builder.Configuration) is not null)
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }
    }
}
