using Microsoft.Extensions.Options;

namespace Lettings.Web.Accounts;

/// <summary>
/// Identity's user manager with failed sign-ins counted atomically. Identity's own count is a read, an increment in
/// memory and a write checked by the concurrency stamp: of several wrong passwords posted at once, all but one fail
/// their write and go uncounted, so guessing in parallel would never lock the account. Here the count is one
/// <c>UPDATE … SET count = count + 1</c>, and only the attempt that reaches the limit sets the lock.
/// </summary>
public sealed class LettingsUserManager(
    IUserStore<LettingsUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<LettingsUser> passwordHasher,
    IEnumerable<IUserValidator<LettingsUser>> userValidators,
    IEnumerable<IPasswordValidator<LettingsUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<LettingsUser>> logger,
    LettingsDbContext db,
    TimeProvider clock)
    : UserManager<LettingsUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    // Like Identity's, it leaves the security and concurrency stamps alone (a failed sign-in ends no session and
    // does not make a staff member's open edit of the account a conflict).
    public override async Task<IdentityResult> AccessFailedAsync(LettingsUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var lockout = Options.Lockout;
        var account = db.Users.Where(u => u.Id == user.Id);
        await account.ExecuteUpdateAsync(set => set.SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1), CancellationToken);

        var lockedUntil = clock.GetUtcNow() + lockout.DefaultLockoutTimeSpan;
        await account.Where(u => u.AccessFailedCount >= lockout.MaxFailedAccessAttempts)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.AccessFailedCount, 0).SetProperty(u => u.LockoutEnd, lockedUntil), CancellationToken);

        // The account in memory learns the stored values, as unchanged ones: a later save writes them no differently.
        var stored = await account.AsNoTracking().Select(u => new { u.AccessFailedCount, u.LockoutEnd }).SingleAsync(CancellationToken);
        var entry = db.Entry(user);
        user.AccessFailedCount = stored.AccessFailedCount;
        user.LockoutEnd = stored.LockoutEnd;
        if (entry.State != EntityState.Detached)
        {
            entry.Property(u => u.AccessFailedCount).OriginalValue = stored.AccessFailedCount;
            entry.Property(u => u.LockoutEnd).OriginalValue = stored.LockoutEnd;
        }

        return IdentityResult.Success;
    }
}
