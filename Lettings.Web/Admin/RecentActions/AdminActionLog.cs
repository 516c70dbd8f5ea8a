using System.Security.Claims;
using Lettings.Web.Admin.Common;
using Lettings.Web.Data;

namespace Lettings.Web.Admin.RecentActions;

/// <summary>
/// Records what a member of staff just did to a record. Called after the change is saved (an added record has its
/// id only then), inside the request's transaction (<see cref="BackOfficeTransaction"/>), so both stay or neither.
/// </summary>
public sealed class AdminActionLog(LettingsDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public async Task RecordAsync(AdminActionKind kind, AdminRecordType type, int recordId, string recordName, CancellationToken cancellationToken)
    {
        Add(kind, type, recordId, recordName);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the entry to the context; the caller saves it with other entries.</summary>
    public void Add(AdminActionKind kind, AdminRecordType type, int recordId, string recordName)
    {
        var user = http.HttpContext?.User;
        db.AdminActions.Add(new AdminAction
        {
            Time = clock.GetUtcNow(),
            UserId = int.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? userId : null,
            UserName = user?.Identity?.Name ?? "",
            Kind = kind,
            RecordType = type.Singular,
            RecordId = recordId,
            RecordName = recordName.Length <= AdminAction.NameMaxLength ? recordName : recordName[..AdminAction.NameMaxLength],
        });
    }
}
