namespace Lettings.Web.Accounts.Sessions;

/// <summary>
/// Ends an account's server-side sessions at once (their cookies stop working at the next request): all of them when
/// the account is deactivated, all but the current one when its owner changes their password or two-factor sign-in.
/// </summary>
public sealed class AccountSessions(LettingsDbContext db, IHttpContextAccessor http)
{
    public Task<int> EndAllAsync(int userId, CancellationToken cancellationToken) =>
        db.Set<BackOfficeSession>().Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Every session of the account but the one this request belongs to.</summary>
    public Task<int> EndOthersAsync(int userId, CancellationToken cancellationToken)
    {
        var current = http.HttpContext?.Items[DatabaseTicketStore.CurrentKeyItem] as string ?? "";
        return db.Set<BackOfficeSession>().Where(s => s.UserId == userId && s.Key != current).ExecuteDeleteAsync(cancellationToken);
    }
}
