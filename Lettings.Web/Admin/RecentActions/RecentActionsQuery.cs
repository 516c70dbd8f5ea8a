using Lettings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.RecentActions;

/// <summary>
/// The home's last actions, newest first: by id, the order the entries were inserted in (two transactions may commit
/// in the other order).
/// </summary>
public sealed class RecentActionsQuery(LettingsDbContext db)
{
    public const int Count = 20;

    public async Task<IReadOnlyList<AdminAction>> ReadAsync(CancellationToken cancellationToken) =>
        await db.AdminActions.AsNoTracking().OrderByDescending(a => a.Id).Take(Count).ToListAsync(cancellationToken);
}
