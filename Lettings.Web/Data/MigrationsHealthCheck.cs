using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lettings.Web.Data;

/// <summary>
/// Readiness: the schema is the one this build expects. A database that answers but was never migrated, or
/// misses a migration of this release, makes every page fail, so it is not ready.
/// </summary>
public sealed class MigrationsHealthCheck(LettingsDbContext db, DatabaseChoice choice) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IEnumerable<string> applied;
        try
        {
            applied = await HistoryTableExistsAsync(cancellationToken)
                ? await db.Database.GetAppliedMigrationsAsync(cancellationToken)
                : [];
        }
        catch (Exception e) when (DatabaseOutage.Is(e))
        {
            // An answer, not a fault of the check: thrown, it would be logged as an error with its stack on every
            // probe of the outage (the outage itself is reported once, by the requests that meet it).
            return HealthCheckResult.Unhealthy("No answer from the database.");
        }

        var pending = db.Database.GetMigrations().Except(applied).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("Every migration is applied.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied (run the migrate command): {string.Join(", ", pending)}");
    }

    // Asked of the catalog first: reading a history table that is not there is an error that EF Core logs as
    // such, once per probe, when all it means is "not migrated yet".
    private async Task<bool> HistoryTableExistsAsync(CancellationToken cancellationToken)
    {
        var sql = choice.Provider == DatabaseProvider.Postgres
            ? $"SELECT to_regclass('\"{HistoryRepository.DefaultTableName}\"') IS NOT NULL AS \"Value\""
            : $"SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{HistoryRepository.DefaultTableName}') AS \"Value\"";
        return await db.Database.SqlQueryRaw<bool>(sql).SingleAsync(cancellationToken);
    }
}
