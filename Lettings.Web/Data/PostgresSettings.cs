namespace Lettings.Web.Data;

/// <summary>
/// How the site talks to PostgreSQL (section <c>Database:Postgres</c>), sized for Heroku: its router gives up on a
/// request after 30 s, so a connection attempt and a command each take a fraction of that, and the site's own
/// request timeout (20 s) ends a request whatever its retries were doing; the pool stays within the plan's
/// connection limit (every dyno, and the release phase, has its own pool).
/// </summary>
public sealed class PostgresSettings
{
    public const string Section = "Database:Postgres";

    /// <summary>Seconds to wait for a connection (Npgsql <c>Timeout</c>).</summary>
    [Range(1, int.MaxValue, ErrorMessage = "must be a whole number from 1 up")]
    public int ConnectTimeoutSeconds { get; set; } = 10;

    /// <summary>Seconds a query of the site may take (EF Core's command timeout); <c>migrate</c> allows longer.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "must be a whole number from 1 up")]
    public int CommandTimeoutSeconds { get; set; } = 15;

    /// <summary>Connections one instance keeps at most (Npgsql <c>Maximum Pool Size</c>).</summary>
    [Range(1, int.MaxValue, ErrorMessage = "must be a whole number from 1 up")]
    public int MaxPoolSize { get; set; } = 10;

    /// <summary>Times EF Core retries an operation that failed for a transient reason (0: no retries).</summary>
    [Range(0, 10, ErrorMessage = "must be a whole number from 0 to 10")]
    public int MaxRetryCount { get; set; } = 2;

    /// <summary>The longest pause between two retries, in seconds.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "must be a whole number from 1 up")]
    public int MaxRetryDelaySeconds { get; set; } = 2;
}
