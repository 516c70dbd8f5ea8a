using Lettings.ServiceDefaults;

namespace Lettings.Web.Hosting;

/// <summary>
/// Sentry's settings, read from the environment: <c>SENTRY_DSN</c> (none: Sentry stays off),
/// <c>SENTRY_ENVIRONMENT</c> (else the ASP.NET Core environment, lower case), <c>SENTRY_RELEASE</c> (else the
/// build's commit) and <c>SENTRY_TRACES_SAMPLE_RATE</c> (share of requests traced, 0 to 1). Each is checked
/// against what Sentry accepts, so a bad one stops the start instead of crashing the SDK or being dropped by Sentry.
/// </summary>
public sealed record SentrySettings(string? Dsn, string Environment, string Release, double TracesSampleRate)
{
    public const string DsnVariable = "SENTRY_DSN";
    public const string EnvironmentVariable = "SENTRY_ENVIRONMENT";
    public const string SampleRateVariable = "SENTRY_TRACES_SAMPLE_RATE";
    public const double DefaultTracesSampleRate = 0.1;

    public bool Enabled => !string.IsNullOrWhiteSpace(Dsn);

    public static SentrySettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var dsn = configuration[DsnVariable] is { Length: > 0 } configured ? configured.Trim() : null;
        var name = configuration[EnvironmentVariable] is { Length: > 0 } named ? named.Trim() : environment.EnvironmentName.ToLowerInvariant();
        var release = BuildInfo.Release(configuration);
        var rate = SampleRate(configuration[SampleRateVariable]);
        return dsn is null
            ? new(null, name, release, rate)
            : new(CheckDsn(dsn), CheckEnvironment(name), CheckRelease(release), rate);
    }

    // The shape Sentry's SDK parses (https://PUBLIC_KEY@HOST/PROJECT_ID); the value itself holds the key, so it
    // is never repeated.
    private static string CheckDsn(string dsn) =>
        Uri.TryCreate(dsn, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.UserInfo.Split(':')[0].Length > 0
        && uri.AbsolutePath.TrimEnd('/').Split('/')[^1].Length > 0
            ? dsn
            : throw new InvalidSettingException(DsnVariable, "must be a Sentry DSN such as https://PUBLIC_KEY@o0.ingest.sentry.io/PROJECT_ID (copy it from the project's Client Keys page)");

    // Sentry refuses events whose environment or release breaks its naming rules, so they would vanish unseen.
    private static string CheckEnvironment(string value) =>
        value.Length <= 64 && !value.Any(c => c is '/' or ' ' or '\n' or '\r') && value != "None"
            ? value
            : throw new InvalidSettingException(EnvironmentVariable, "(by default the ASP.NET Core environment in lower case) must be at most 64 characters without spaces, slashes or line breaks, and not 'None'");

    private static string CheckRelease(string value) =>
        value.Length <= 200 && !value.Any(c => c is '/' or '\\' or '\t' or '\n' or '\r') && value is not ("." or ".." or "latest")
            ? value
            : throw new InvalidSettingException(BuildInfo.ReleaseVariable, "must be at most 200 characters without slashes, tabs or line breaks, and not '.', '..' or 'latest'");

    private static double SampleRate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return DefaultTracesSampleRate;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1
            ? rate
            : throw new InvalidSettingException(SampleRateVariable, $"must be a number from 0 to 1, not '{value}'");
    }
}
