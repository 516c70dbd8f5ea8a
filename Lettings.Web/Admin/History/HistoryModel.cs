namespace Lettings.Web.Admin.History;

/// <summary>
/// A record's history (Django's "History" page): every action recorded about it, oldest first, with the fields each
/// one changed, or the change message of an entry imported from the original site. Each record type's folder has a
/// <c>History</c> page with this model (so the folder's authorization applies); a deleted record keeps its history.
/// </summary>
public sealed class HistoryModel(LettingsDbContext db) : PageModel
{
    public AdminRecordType Type { get; private set; } = AdminRecordType.Address;

    public int Id { get; private set; }

    public string RecordName { get; private set; } = "";

    public bool RecordExists { get; private set; }

    public IReadOnlyList<AdminAction> Entries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Type = AdminRecordType.All.Single(t => t.HistoryPage == (string?)RouteData.Values["page"]);
        Id = id;
        var audited = AuditedRecords.For(Type)!;

        // Oldest first by time, as the home orders them (entries imported from the original site sort among later
        // ones by when they happened); the id, the order the entries were inserted in, breaks ties.
        Entries = await db.AdminActions.AsNoTracking().Include(a => a.Changes.OrderBy(c => c.Id))
            .Where(a => a.RecordType == Type.Singular && a.RecordId == id)
            .OrderBy(a => a.Time).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var currentName = await AuditedRecords.NameOfAsync(db, audited.EntityType, id, cancellationToken);
        RecordExists = currentName is not null;
        if (!RecordExists && Entries.Count == 0)
        {
            return NotFound();
        }

        RecordName = currentName ?? Entries[^1].RecordName;
        return Page();
    }
}
