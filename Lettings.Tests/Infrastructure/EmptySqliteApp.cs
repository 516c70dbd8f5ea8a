namespace Lettings.Tests.Infrastructure;

/// <summary>The site on a migrated but empty SQLite database (not seeded).</summary>
public sealed class EmptySqliteApp() : LettingsApp(new SqliteTestDatabase(), seed: false);
