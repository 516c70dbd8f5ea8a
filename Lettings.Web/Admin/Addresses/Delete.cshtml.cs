using Lettings.Web.Lettings;

namespace Lettings.Web.Admin.Addresses;

/// <summary>Deleting an address deletes its letting (one-to-one, cascade).</summary>
public sealed class DeleteModel(LettingsDbContext db, AdminActionLog log) : PageModel, IDeleteConfirmation
{
    private readonly RecordDeletion<Address> _deletion = new(db, log, AdminRecordType.Address,
        ids => db.Addresses.Include(a => a.Letting).Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id),
        a => new(a.Id, a.ToString(), a.Letting is { } letting ? [$"Letting: {letting.Title}"] : [], a.Version.ToString()));

    public AdminRecordType Type => AdminRecordType.Address;

    public IReadOnlyList<DeletionPreview> Records => _deletion.Records;

    [BindProperty(SupportsGet = true, Name = ListReturn.Name)]
    public string? ReturnList { get; set; }

    public Task<IActionResult> OnGetAsync(int[] id, CancellationToken cancellationToken) =>
        _deletion.GetAsync(this, id, ReturnList, cancellationToken);

    public Task<IActionResult> OnPostAsync(
        int[] id, [FromForm(Name = DeleteVersions.Name)] Dictionary<int, string>? versions, CancellationToken cancellationToken) =>
        _deletion.PostAsync(this, id, versions, ReturnList, cancellationToken);
}
