using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Data;

/// <summary>The embedded default: a SQLite file. Migrations in Data/Migrations/Sqlite.</summary>
public sealed class SqliteLettingsDbContext(DbContextOptions<SqliteLettingsDbContext> options)
    : LettingsDbContext(options);
