namespace Lettings.Tests.Infrastructure;

/// <summary>The site on a migrated but empty PostgreSQL database (not seeded).</summary>
public sealed class EmptyPostgresApp() : LettingsApp(new PostgresTestDatabase(), seed: false);
