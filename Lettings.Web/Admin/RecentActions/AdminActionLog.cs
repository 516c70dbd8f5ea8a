using System.Security.Claims;
using Lettings.Web.Admin.History;

namespace Lettings.Web.Admin.RecentActions;

/// <summary>
/// Records what a member of staff just did to a record, with the fields it changed. Called after the change is
/// saved (an added record has its id only then), inside the request's transaction (<see cref="BackOfficeTransaction"/>),
/// so both stay or neither. From the moment a page has it, every save of the request's context notes its field
/// changes (<see cref="ChangeCapture"/>); a change that saved nothing new records nothing.
/// </summary>
public sealed class AdminActionLog : IDisposable
{
    private readonly LettingsDbContext _db;
    private readonly IHttpContextAccessor _http;
    private readonly TimeProvider _clock;
    private readonly ChangeCapture _capture = new();

    public AdminActionLog(LettingsDbContext db, IHttpContextAccessor http, TimeProvider clock)
    {
        (_db, _http, _clock) = (db, http, clock);
        db.ChangeCapture = _capture;
    }

    public async Task RecordAsync(AdminActionKind kind, AdminRecordType type, int recordId, string recordName, CancellationToken cancellationToken)
    {
        Add(kind, type, recordId, recordName);
        await _db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Adds the entry to the context: the caller's next save stores it (a deletion, with the records it deletes).</summary>
    public void Add(AdminActionKind kind, AdminRecordType type, int recordId, string recordName)
    {
        var user = _http.HttpContext?.User;
        var action = new AdminAction
        {
            Time = _clock.GetUtcNow(),
            UserId = int.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? userId : null,
            UserName = user?.Identity?.Name ?? "",
            Kind = kind,
            RecordType = type.Singular,
            RecordId = recordId,
            RecordName = recordName.Length <= AdminAction.NameMaxLength ? recordName : recordName[..AdminAction.NameMaxLength],
        };
        _db.AdminActions.Add(action);
        _capture.Describe(action, type);
    }

    // Contexts are pooled: the next request's context must not note changes for this one.
    public void Dispose()
    {
        if (ReferenceEquals(_db.ChangeCapture, _capture))
        {
            _db.ChangeCapture = null;
        }
    }
}
