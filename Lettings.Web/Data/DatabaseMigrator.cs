using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace Lettings.Web.Data;

/// <summary>Brings the schema up to date and seeds an empty database. Safe to run any number of times.</summary>
public sealed partial class DatabaseMigrator(
    LettingsDbContext db,
    SeedData seed,
    DatabaseChoice choice,
    IOptions<DatabaseStartupOptions> options,
    ILogger<DatabaseMigrator> logger)
{
    // A migration may rebuild an index over the whole catalogue: far longer than a page's query may take.
    private static readonly TimeSpan s_migrationCommandTimeout = TimeSpan.FromMinutes(10);

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await MigrateSchemaAsync(cancellationToken);
        if (options.Value.Seed)
        {
            await seed.SeedIfEmptyAsync(cancellationToken);
        }
    }

    /// <summary>The schema only, never the seed: what an import needs, since it only loads into an empty database.</summary>
    public async Task MigrateSchemaAsync(CancellationToken cancellationToken = default)
    {
        db.Database.SetCommandTimeout(s_migrationCommandTimeout);

        // Npgsql finds out that the history table is missing by reading it and failing, which EF Core logs as
        // an error: on an empty database the release output would show two "fail:" lines before succeeding.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogApplying(logger, pending.Count, choice, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }
        else
        {
            LogUpToDate(logger, choice);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to {Database}: {Migrations}")]
    private static partial void LogApplying(ILogger logger, int count, DatabaseChoice database, IEnumerable<string> migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "The schema of {Database} is up to date")]
    private static partial void LogUpToDate(ILogger logger, DatabaseChoice database);
}
