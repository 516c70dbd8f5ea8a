using System.Security.Claims;
using Lettings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.RecentActions;

/// <summary>
/// Makes a back-office change and records it (who, what, which record, when) in one database transaction:
/// either both are stored or neither is.
/// </summary>
public sealed class AdminActionLog(LettingsDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>Saves the context's pending changes to <paramref name="record"/> and the action describing them.</summary>
    public Task SaveAsync(AdminActionKind kind, string recordType, IVersioned record, CancellationToken cancellationToken) =>
        RecordAsync(kind, recordType, async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, () => (record.Id, record.ToString() ?? ""), cancellationToken);

    /// <summary>
    /// Runs <paramref name="change"/> (which may save through the same context, e.g. Identity's user manager)
    /// and records the action if it succeeded; if it did not, or anything throws, the transaction rolls back.
    /// </summary>
    public async Task<bool> RecordAsync(
        AdminActionKind kind, string recordType, Func<Task<bool>> change, Func<(int Id, string Name)> record, CancellationToken cancellationToken)
    {
        // The retrying execution strategy requires the transaction to run through it: a transient failure rolls the
        // change and its action back together, and runs both again.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await change())
            {
                return false;
            }

            var user = http.HttpContext?.User;
            var (id, name) = record();
            db.AdminActions.Add(new AdminAction
            {
                Time = clock.GetUtcNow(),
                UserId = int.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? userId : null,
                UserName = user?.Identity?.Name ?? "",
                Kind = kind,
                RecordType = recordType,
                RecordId = id,
                RecordName = Truncate(name),
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        });
    }

    private static string Truncate(string name) =>
        name.Length <= AdminAction.NameMaxLength ? name : name[..AdminAction.NameMaxLength];
}
