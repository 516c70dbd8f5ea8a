using Lettings.Web.Profiles;

namespace Lettings.Web.Admin.Profiles;

/// <summary>Deleting a profile leaves its user account in place.</summary>
public sealed class DeleteModel(LettingsDbContext db, AdminActionLog log) : PageModel, IDeleteConfirmation
{
    private readonly RecordDeletion<Profile> _deletion = new(db, log, AdminRecordType.Profile,
        ids => db.Profiles.Include(p => p.User).Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id),
        p => new(p.Id, p.ToString(), [], p.Version.ToString()));

    public AdminRecordType Type => AdminRecordType.Profile;

    public IReadOnlyList<DeletionPreview> Records => _deletion.Records;

    [BindProperty(SupportsGet = true, Name = ListReturn.Name)]
    public string? ReturnList { get; set; }

    public Task<IActionResult> OnGetAsync(int[] id, CancellationToken cancellationToken) =>
        _deletion.GetAsync(this, id, ReturnList, cancellationToken);

    public Task<IActionResult> OnPostAsync(
        int[] id, [FromForm(Name = DeleteVersions.Name)] Dictionary<int, string>? versions, CancellationToken cancellationToken) =>
        _deletion.PostAsync(this, id, versions, ReturnList, cancellationToken);
}
