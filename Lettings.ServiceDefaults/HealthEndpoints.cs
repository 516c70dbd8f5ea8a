namespace Lettings.ServiceDefaults;

/// <summary>The probe URLs: liveness (the process answers) and readiness (its dependencies answer too).</summary>
public static class HealthEndpoints
{
    public const string Alive = "/alive";
    public const string Health = "/health";

    /// <summary>The tag of checks that say the process itself is alive; <c>/alive</c> runs only these.</summary>
    public const string LiveTag = "live";

    public static bool IsProbe(string? path) =>
        string.Equals(path, Alive, StringComparison.OrdinalIgnoreCase)
        || string.Equals(path, Health, StringComparison.OrdinalIgnoreCase)
        || string.Equals(path, Alive + "/", StringComparison.OrdinalIgnoreCase)
        || string.Equals(path, Health + "/", StringComparison.OrdinalIgnoreCase);
}
