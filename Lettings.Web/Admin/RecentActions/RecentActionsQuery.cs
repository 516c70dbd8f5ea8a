using Lettings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.RecentActions;

/// <summary>The last actions, newest first (by id: the order they were committed in).</summary>
public sealed class RecentActionsQuery(LettingsDbContext db)
{
    public const int Count = 20;

    public async Task<IReadOnlyList<AdminAction>> ReadAsync(CancellationToken cancellationToken) =>
        await db.AdminActions.AsNoTracking().OrderByDescending(a => a.Id).Take(Count).ToListAsync(cancellationToken);
}
