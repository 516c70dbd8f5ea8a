namespace Lettings.Web.Data;

/// <summary>PostgreSQL (Aspire, Heroku). Migrations in Data/Migrations/Postgres.</summary>
public sealed class PostgresLettingsDbContext(DbContextOptions<PostgresLettingsDbContext> options)
    : LettingsDbContext(options);
