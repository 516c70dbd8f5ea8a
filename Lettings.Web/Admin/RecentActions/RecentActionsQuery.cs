namespace Lettings.Web.Admin.RecentActions;

/// <summary>
/// The home's last actions, newest first: by time, so that actions imported from the original site sort among later
/// ones by when they happened; the id (the order the entries were inserted in) breaks ties.
/// </summary>
public sealed class RecentActionsQuery(LettingsDbContext db)
{
    public const int Count = 20;

    public async Task<IReadOnlyList<AdminAction>> ReadAsync(CancellationToken cancellationToken) =>
        await db.AdminActions.AsNoTracking().OrderByDescending(a => a.Time).ThenByDescending(a => a.Id).Take(Count).ToListAsync(cancellationToken);
}
