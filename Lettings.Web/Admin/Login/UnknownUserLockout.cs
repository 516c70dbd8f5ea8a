namespace Lettings.Web.Admin.Login;

/// <summary>
/// Identity locks real accounts after repeated failures. Names that are no account (and accounts that may not sign
/// in: inactive, or without the staff role) get the same treatment here, in the database so that every instance
/// counts alike, and the login page's lockout notice says nothing about whether a username exists.
/// </summary>
/// <remarks>
/// Bounded: a row lives <see cref="AccountRules.LockoutDuration"/> after its last failure, or until its lock ends,
/// and is purged on the next write after that; past <see cref="MaxRows"/> rows the oldest are dropped, so a flood of
/// random names (already slowed by the sign-in rate limits) holds at most that many rows. Counting is one
/// insert-or-update statement, atomic under concurrent attempts on both providers.
/// </remarks>
public sealed class UnknownUserLockout(LettingsDbContext db, ILookupNormalizer normalizer, TimeProvider clock)
{
    public const int MaxRows = 10_000;

    private DbSet<UnknownUsernameFailure> Failures => db.Set<UnknownUsernameFailure>();

    public async Task<bool> IsLockedOutAsync(string username, CancellationToken cancellationToken)
    {
        var key = Key(username);
        var now = Now();
        return await Failures.AnyAsync(f => f.NormalizedUserName == key && f.LockedUntil > now, cancellationToken);
    }

    /// <summary>Counts a failed attempt; true when this one locks the name.</summary>
    public async Task<bool> RecordFailureAsync(string username, CancellationToken cancellationToken)
    {
        var key = Key(username);
        var now = Now();
        var staleBefore = now - (long)AccountRules.LockoutDuration.TotalMilliseconds;
        await Failures.Where(f => f.LastFailure <= staleBefore && (f.LockedUntil == null || f.LockedUntil <= now)).ExecuteDeleteAsync(cancellationToken);

        // The same statement on SQLite and PostgreSQL; a concurrent first failure becomes the update.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "UnknownUsernameFailures" ("NormalizedUserName", "FailureCount", "LastFailure") VALUES ({key}, 1, {now})
            ON CONFLICT ("NormalizedUserName") DO UPDATE SET "FailureCount" = "UnknownUsernameFailures"."FailureCount" + 1, "LastFailure" = {now}
            """,
            cancellationToken);

        // Only the attempt that reaches the limit sets the lock (the count goes back to zero with it).
        var lockedUntil = now + (long)AccountRules.LockoutDuration.TotalMilliseconds;
        var locked = await Failures.Where(f => f.NormalizedUserName == key && f.FailureCount >= AccountRules.MaxFailedSignIns)
            .ExecuteUpdateAsync(set => set.SetProperty(f => f.FailureCount, 0).SetProperty(f => f.LockedUntil, lockedUntil), cancellationToken);

        var excess = await Failures.CountAsync(cancellationToken) - MaxRows;
        if (excess > 0)
        {
            await Failures.OrderBy(f => f.LastFailure).Take(excess).ExecuteDeleteAsync(cancellationToken);
        }

        return locked > 0;
    }

    private string Key(string username) => normalizer.NormalizeName(username) ?? "";

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}
