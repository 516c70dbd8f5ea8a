namespace Lettings.Web.Transfer.Loading;

/// <summary>
/// Runs an import: the schema brought up to date (never seeded), then, in one transaction, a check that the
/// database is empty, every record of the source loaded through a <see cref="DatabaseLoader"/>, and PostgreSQL's
/// sequences moved past the imported ids. Any refusal or failure rolls the whole transaction back.
/// </summary>
public sealed class ImportRunner(
    LettingsDbContext db, DatabaseMigrator migrator, TargetDatabase target, ILookupNormalizer normalizer, TimeProvider clock)
{
    /// <param name="source">Describes the source in the report ("the export file backup.json").</param>
    /// <param name="copy">Reads the source from its start into the loader; it runs again if the database asks for a retry.</param>
    /// <param name="cancellationToken">Stops the import; the transaction is rolled back.</param>
    public async Task<ImportReport> RunAsync(string source, Func<DatabaseLoader, CancellationToken, Task> copy, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        await migrator.MigrateSchemaAsync(cancellationToken);

        // Through the execution strategy, so that a retrying one (transient faults on a hosted PostgreSQL)
        // replays the whole transaction rather than refusing a transaction it did not open.
        var report = await db.Database.CreateExecutionStrategy().ExecuteAsync(async attempt =>
        {
            var report = new ImportReport { Source = source, Target = target.Description };
            await using var transaction = await db.Database.BeginTransactionAsync(attempt);
            await target.EnsureEmptyAsync(attempt);
            var loader = new DatabaseLoader(db, normalizer, report);
            await copy(loader, attempt);
            await loader.FinishAsync(attempt);
            await target.MoveSequencesAsync(attempt);
            await transaction.CommitAsync(attempt);
            return report;
        }, cancellationToken);

        report.Elapsed = clock.GetElapsedTime(started);
        return report;
    }
}
