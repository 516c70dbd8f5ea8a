namespace Lettings.Web.Data;

/// <summary>The embedded default: a SQLite file. Migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteLettingsDbContext(DbContextOptions<SqliteLettingsDbContext> options)
    : LettingsDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<SqliteTimestampConverter>();
    }
}
