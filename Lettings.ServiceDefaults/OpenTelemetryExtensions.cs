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
    /// (PostgreSQL commands) and EF Core for the other providers (SQLite). Exported over OTLP only when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the Aspire AppHost sets it for the dashboard).
    /// </summary>
    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
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

    /// <summary>Whether telemetry leaves the process over OTLP (for start-up logs).</summary>
    public static bool UsesOtlpExporter(this IHostApplicationBuilder builder) =>
        !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointVariable]);

    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private static void AddOpenTelemetryExporters<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        if (builder.UsesOtlpExporter())
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }
    }
}
