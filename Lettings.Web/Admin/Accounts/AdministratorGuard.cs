namespace Lettings.Web.Admin.Accounts;

/// <summary>
/// Keeps at least one active administrator (an active account of staff holding the administrator role): the last one
/// cannot be demoted, lose the staff flag, be deactivated or be deleted, so accounts and roles always have someone who
/// can sign in to manage them. Deactivated administrators do not count.
/// </summary>
public sealed class AdministratorGuard(LettingsDbContext db)
{
    public const string LastAdministratorMessage =
        "This is the last administrator: make another account an administrator first.";

    private static readonly string s_administrator = Staff.AdministratorRole.ToUpperInvariant();
    private static readonly string s_staff = Staff.Role.ToUpperInvariant();

    /// <summary>Whether the accounts losing their rights are every administrator there is (none is not "the last").</summary>
    public static bool TakesTheLast(IReadOnlyList<int> administrators, IEnumerable<int> losingRights)
    {
        var losing = losingRights.ToHashSet();
        return administrators.Count > 0 && administrators.All(losing.Contains);
    }

    /// <summary>
    /// The administrators, read inside the request's transaction before a change to rights: it first locks the
    /// administrator role's row (an update that changes nothing) until the transaction ends, so two requests demoting
    /// the last two administrators at once are checked one after the other, the second seeing what the first did.
    /// (SQLite's back-office transactions hold the database's write lock from their start anyway.)
    /// </summary>
    public async Task<IReadOnlyList<int>> LockAdministratorsAsync(CancellationToken cancellationToken)
    {
        await db.Roles.Where(r => r.NormalizedName == s_administrator)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.NormalizedName, r => r.NormalizedName), cancellationToken);
        return await AdministratorsAsync(cancellationToken);
    }

    /// <summary>The active administrators without the lock, for a confirmation page (the answer may change before the POST).</summary>
    public async Task<IReadOnlyList<int>> AdministratorsAsync(CancellationToken cancellationToken) =>
        await db.Users
            .Where(user => user.IsActive
                && db.UserRoles.Any(m => m.UserId == user.Id && db.Roles.Any(r => r.Id == m.RoleId && r.NormalizedName == s_administrator))
                && db.UserRoles.Any(m => m.UserId == user.Id && db.Roles.Any(r => r.Id == m.RoleId && r.NormalizedName == s_staff)))
            .Select(user => user.Id)
            .ToListAsync(cancellationToken);

    public async Task<bool> TakesTheLastAdministratorAsync(IReadOnlyCollection<int> losingRights, CancellationToken cancellationToken) =>
        TakesTheLast(await LockAdministratorsAsync(cancellationToken), losingRights);
}
