using Lettings.ServiceDefaults;

namespace Lettings.Web.Hosting;

public static partial class TelemetryReport
{
    /// <summary>Logs at start which telemetry sinks are on: the OTLP exporter (endpoint only) and Sentry.</summary>
    public static WebApplication LogTelemetrySinks(this WebApplication app)
    {
        var otlp = app.Configuration[OpenTelemetryExtensions.OtlpEndpointVariable];
        if (string.IsNullOrWhiteSpace(otlp))
        {
            LogOtlpOff(app.Logger, OpenTelemetryExtensions.OtlpEndpointVariable);
        }
        else
        {
            LogOtlpOn(app.Logger, otlp);
        }

        var sentry = app.Services.GetRequiredService<SentrySettings>();
        if (sentry.Enabled)
        {
            LogSentryOn(app.Logger, sentry.Environment, sentry.Release, sentry.TracesSampleRate);
        }
        else
        {
            LogSentryOff(app.Logger, SentrySettings.DsnVariable);
        }

        return app;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telemetry: OpenTelemetry OTLP exporter to {Endpoint}")]
    private static partial void LogOtlpOn(ILogger logger, string endpoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telemetry: OpenTelemetry OTLP exporter off ({Variable} not set)")]
    private static partial void LogOtlpOff(ILogger logger, string variable);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telemetry: Sentry on (environment {Environment}, release {Release}, traces sample rate {SampleRate})")]
    private static partial void LogSentryOn(ILogger logger, string environment, string release, double sampleRate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telemetry: Sentry off ({Variable} not set)")]
    private static partial void LogSentryOff(ILogger logger, string variable);
}
