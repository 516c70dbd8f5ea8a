using Microsoft.EntityFrameworkCore.Design;

namespace Lettings.Web.Data;

// Used by `dotnet ef migrations add` only: no database is opened to generate a migration.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLettingsDbContext>
{
    public SqliteLettingsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLettingsDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLettingsDbContext>
{
    public PostgresLettingsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLettingsDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
