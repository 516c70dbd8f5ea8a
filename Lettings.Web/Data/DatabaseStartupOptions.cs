using Lettings.ServiceDefaults;

namespace Lettings.Web.Data;

/// <summary>What the site does to its database when it starts (section <c>Database</c>).</summary>
public sealed class DatabaseStartupOptions
{
    public const string Section = "Database";

    /// <summary>
    /// Apply migrations (and seed an empty database) on start. Unset: yes for the embedded SQLite
    /// default and in Development; no in production on PostgreSQL, where the release phase runs <c>migrate</c>.
    /// </summary>
    public bool? MigrateOnStartup { get; set; }

    /// <summary>Fill an empty database with the original site's data. On by default.</summary>
    public bool Seed { get; set; } = true;

    /// <summary>Read once at start, so that a malformed value stops the start with its name.</summary>
    public static DatabaseStartupOptions From(IConfiguration configuration) => new()
    {
        MigrateOnStartup = Setting.Flag(configuration, $"{Section}:{nameof(MigrateOnStartup)}"),
        Seed = Setting.Flag(configuration, $"{Section}:{nameof(Seed)}") ?? true,
    };
}
