namespace Lettings.Web.Hosting.RateLimiting;

/// <summary>
/// The rate limits (section <c>RateLimiting</c>), each a number of requests per window per key. They are kept in
/// each instance's memory: with several dynos a client gets each limit once per dyno it reaches.
/// </summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimiting";

    /// <summary>Off only for a load test from one address.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Every request from one client address (health probes and error pages aside): generous, against floods.</summary>
    public WindowLimit PerClient { get; set; } = new() { PermitLimit = 600, WindowSeconds = 60 };

    /// <summary>Sign-in attempts from one client address.</summary>
    public WindowLimit SignInPerClient { get; set; } = new() { PermitLimit = 10, WindowSeconds = 60 };

    /// <summary>Sign-in attempts for one username, from anywhere: above the lockout's count, so a person sees the lockout first.</summary>
    public WindowLimit SignInPerUsername { get; set; } = new() { PermitLimit = 10, WindowSeconds = 300 };
}

public sealed class WindowLimit
{
    [Range(1, int.MaxValue, ErrorMessage = "must be a whole number from 1 up")]
    public int PermitLimit { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "must be a whole number from 1 up")]
    public int WindowSeconds { get; set; }

    public TimeSpan Window => TimeSpan.FromSeconds(WindowSeconds);
}
