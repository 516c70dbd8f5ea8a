using Lettings.Web.Lettings;

namespace Lettings.Web.Admin.Lettings;

/// <summary>Deleting a letting leaves its address in place.</summary>
public sealed class DeleteModel(LettingsDbContext db, AdminActionLog log) : PageModel, IDeleteConfirmation
{
    private readonly RecordDeletion<Letting> _deletion = new(db, log, AdminRecordType.Letting,
        ids => db.Lettings.Where(l => ids.Contains(l.Id)).OrderBy(l => l.Id),
        l => new(l.Id, l.Title, [], l.Version.ToString()));

    public AdminRecordType Type => AdminRecordType.Letting;

    public IReadOnlyList<DeletionPreview> Records => _deletion.Records;

    [BindProperty(SupportsGet = true, Name = ListReturn.Name)]
    public string? ReturnList { get; set; }

    public Task<IActionResult> OnGetAsync(int[] id, CancellationToken cancellationToken) =>
        _deletion.GetAsync(this, id, ReturnList, cancellationToken);

    public Task<IActionResult> OnPostAsync(
        int[] id, [FromForm(Name = DeleteVersions.Name)] Dictionary<int, string>? versions, CancellationToken cancellationToken) =>
        _deletion.PostAsync(this, id, versions, ReturnList, cancellationToken);
}
