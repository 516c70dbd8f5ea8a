using System.Globalization;

namespace Lettings.Web.Hosting;

/// <summary>
/// Sentry's settings, read from the environment: <c>SENTRY_DSN</c> (none: Sentry stays off),
/// <c>SENTRY_ENVIRONMENT</c> (else the ASP.NET Core environment), <c>SENTRY_RELEASE</c> (else the build's
/// commit) and <c>SENTRY_TRACES_SAMPLE_RATE</c> (share of requests traced, 0 to 1).
/// </summary>
public sealed record SentrySettings(string? Dsn, string Environment, string Release, double TracesSampleRate)
{
    public const string DsnVariable = "SENTRY_DSN";
    public const string EnvironmentVariable = "SENTRY_ENVIRONMENT";
    public const string SampleRateVariable = "SENTRY_TRACES_SAMPLE_RATE";
    public const double DefaultTracesSampleRate = 0.1;

    public bool Enabled => !string.IsNullOrWhiteSpace(Dsn);

    public static SentrySettings From(IConfiguration configuration, IHostEnvironment environment) => new(
        configuration[DsnVariable] is { Length: > 0 } dsn ? dsn.Trim() : null,
        configuration[EnvironmentVariable] is { Length: > 0 } name ? name.Trim() : environment.EnvironmentName.ToLowerInvariant(),
        BuildInfo.Release(configuration),
        SampleRate(configuration[SampleRateVariable]));

    private static double SampleRate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DefaultTracesSampleRate;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
            ? rate
            : throw new InvalidOperationException($"The environment variable {SampleRateVariable} must be a number from 0 to 1, not '{value}'.");
    }
}
