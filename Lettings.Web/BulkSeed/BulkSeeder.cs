using Lettings.Web.Caching;
using Lettings.Web.Lettings;
using Lettings.Web.Profiles;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lettings.Web.BulkSeed;

/// <summary>
/// Adds a made-up catalogue of any size for measuring (<c>seed-bulk</c>): addresses with their lettings, accounts with
/// their profiles, written with the provider's bulk path in one transaction, after the rows already there. It refuses
/// a database that holds anything beyond the original data unless forced, so it never mixes into real records by mistake.
/// </summary>
public sealed partial class BulkSeeder(
    LettingsDbContext db,
    DatabaseChoice choice,
    ILookupNormalizer normalizer,
    IEvictionBroadcast broadcast,
    OutputCacheEvictor evictor,
    ILogger<BulkSeeder> logger)
{
    public async Task<bool> SeedAsync(int lettings, int profiles, bool force, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lettings);
        ArgumentOutOfRangeException.ThrowIfNegative(profiles);
        if (!force && await HoldsMoreThanTheOriginalAsync(cancellationToken))
        {
            LogRefused(logger, choice);
            return false;
        }

        IBulkWriter writer = choice.Provider == DatabaseProvider.Postgres ? new PostgresCopyWriter() : new SqliteInsertWriter();
        var tables = new[] { TableColumns.For<Address>(db), TableColumns.For<Letting>(db), TableColumns.For<LettingsUser>(db), TableColumns.For<Profile>(db) };
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var dbTransaction = transaction.GetDbTransaction();
            await LockAsync(tables, cancellationToken);

            var addressId = await NextIdAsync(db.Addresses, cancellationToken);
            var lettingId = await NextIdAsync(db.Lettings, cancellationToken);
            var userId = await NextIdAsync(db.Users, cancellationToken);
            var profileId = await NextIdAsync(db.Profiles, cancellationToken);
            await writer.WriteAsync(dbTransaction, tables[0], BulkCatalogue.Addresses(addressId, lettings), cancellationToken);
            await writer.WriteAsync(dbTransaction, tables[1], BulkCatalogue.Lettings(lettingId, addressId, lettings), cancellationToken);
            await writer.WriteAsync(dbTransaction, tables[2], BulkCatalogue.Users(userId, profiles, name => normalizer.NormalizeName(name)), cancellationToken);
            await writer.WriteAsync(dbTransaction, tables[3], BulkCatalogue.Profiles(profileId, userId, profiles), cancellationToken);
            foreach (var table in tables)
            {
                await writer.AdvanceIdentityAsync(dbTransaction, table.Table, cancellationToken);
            }

            // The rows bypass SaveChanges, so the running instances are told here, inside the same transaction.
            await broadcast.PublishAsync(dbTransaction, [PublicCache.Everything], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        await evictor.EvictEverythingAsync(CancellationToken.None);

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await writer.AnalyzeAsync(db.Database.GetDbConnection(), tables.Select(t => t.Table), cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        LogSeeded(logger, lettings, profiles, choice);
        return true;
    }

    private async Task<bool> HoldsMoreThanTheOriginalAsync(CancellationToken cancellationToken)
    {
        var original = await SeedData.LoadAsync(cancellationToken);
        var titles = original.Lettings.Select(l => l.Title).ToList();
        var usernames = original.Profiles.Select(p => p.Username).ToList();
        return await db.Addresses.CountAsync(cancellationToken) > original.Lettings.Count
            || await db.Lettings.AnyAsync(l => !titles.Contains(l.Title), cancellationToken)
            || await db.Users.AnyAsync(u => !usernames.Contains(u.UserName!), cancellationToken)
            || await db.Profiles.CountAsync(cancellationToken) > original.Profiles.Count
            || await db.AdminActions.AnyAsync(cancellationToken);
    }

    // Explicit ids are taken after the largest: nobody may insert meanwhile (SQLite's write transaction already excludes it).
    private async Task LockAsync(IEnumerable<TableColumns> tables, CancellationToken cancellationToken)
    {
        if (choice.Provider == DatabaseProvider.Postgres)
        {
            // Table names from the model, not from input.
            var sql = "LOCK TABLE " + string.Join(", ", tables.Select(t => $"\"{t.Table}\"")) + " IN SHARE ROW EXCLUSIVE MODE";
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }

    private static async Task<int> NextIdAsync<TEntity>(IQueryable<TEntity> table, CancellationToken cancellationToken)
        where TEntity : class =>
        (await table.MaxAsync(row => (int?)EF.Property<int>(row, "Id"), cancellationToken) ?? 0) + 1;

    [LoggerMessage(Level = LogLevel.Information, Message = "Added {Lettings} lettings and {Profiles} profiles to {Database}")]
    private static partial void LogSeeded(ILogger logger, int lettings, int profiles, DatabaseChoice database);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Database} holds more than the original data: nothing added (--force adds anyway)")]
    private static partial void LogRefused(ILogger logger, DatabaseChoice database);
}
