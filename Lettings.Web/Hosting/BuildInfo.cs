using System.Reflection;

namespace Lettings.Web.Hosting;

/// <summary>
/// Which build is running: the commit it came from (MSBuild <c>SourceRevisionId</c>, which the SDK appends to
/// the informational version after a <c>+</c>; the Dockerfile and CI pass it, a local build says
/// <c>unknown</c>), and the release name Sentry and the logs report.
/// </summary>
public static class BuildInfo
{
    public const string ReleaseVariable = "SENTRY_RELEASE";
    public const string Unknown = "unknown";

    /// <summary>The commit this assembly was built from, or <c>unknown</c>.</summary>
    public static string Commit { get; } = CommitOf(
        typeof(BuildInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    /// <summary><c>SENTRY_RELEASE</c> when set, else the commit.</summary>
    public static string Release(IConfiguration configuration) =>
        configuration[ReleaseVariable] is { Length: > 0 } release ? release.Trim() : Commit;

    /// <summary>The part after <c>+</c> of an informational version such as <c>1.0.0+3f2a9c1</c>.</summary>
    public static string CommitOf(string? informationalVersion)
    {
        var plus = informationalVersion?.IndexOf('+', StringComparison.Ordinal) ?? -1;
        var commit = plus >= 0 ? informationalVersion![(plus + 1)..].Trim() : "";
        return commit.Length > 0 ? commit : Unknown;
    }
}
