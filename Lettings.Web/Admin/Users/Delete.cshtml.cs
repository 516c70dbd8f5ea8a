using Lettings.Web.Admin.Accounts;

namespace Lettings.Web.Admin.Users;

/// <summary>
/// Deleting a user deletes its profile (cascade), through Identity (which checks the account's concurrency stamp).
/// The account staff are signed in with is named and skipped, and so are the administrators when deleting them all
/// would leave none (<see cref="AdministratorGuard"/>), and so are accounts changed since the confirmation page
/// (<see cref="DeleteVersions"/>). The account's server-side sessions go with it (cascade).
/// </summary>
public sealed class DeleteModel(LettingsDbContext db, UserManager<LettingsUser> users, AdministratorGuard administrators, AdminActionLog log)
    : PageModel, IDeleteConfirmation
{
    public const string OwnAccountRefusal = "You cannot delete the account you are signed in with.";

    public AdminRecordType Type => AdminRecordType.User;

    public IReadOnlyList<DeletionPreview> Records { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = ListReturn.Name)]
    public string? ReturnList { get; set; }

    public async Task<IActionResult> OnGetAsync(int[] id, CancellationToken cancellationToken)
    {
        if (id.Length == 0)
        {
            return this.RedirectNothingSelected(Type, ReturnList);
        }

        var accounts = await Selected(id).ToListAsync(cancellationToken);
        KeepLastAdministrators(accounts, await administrators.AdministratorsAsync(cancellationToken));
        Records = Preview(accounts);
        return Records.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(
        int[] id, [FromForm(Name = DeleteVersions.Name)] Dictionary<int, string>? versions, CancellationToken cancellationToken)
    {
        var accounts = await Selected(id).ToListAsync(cancellationToken);
        if (accounts.Count == 0)
        {
            return NotFound();
        }

        KeepLastAdministrators(accounts, await administrators.LockAdministratorsAsync(cancellationToken));
        Records = Preview(accounts);

        // Those changed since the confirmation page was shown are named and kept (Identity checks the stamp again).
        var (asShown, changed) = DeleteVersions.Split(accounts.Where(a => Refusal(a) is null), versions, a => Records.Single(r => r.Id == a.Id));
        if (asShown.Count == 0 && changed.Count > 0)
        {
            ModelState.AddModelError("", DeleteVersions.NothingDeleted(changed));
            return Page();
        }

        var deleted = new List<string>();
        foreach (var account in asShown)
        {
            var result = await users.DeleteAsync(account);
            if (!result.Succeeded)
            {
                IdentityErrorFields.AddTo(ModelState, result, Type.ConflictMessage);
                return Page();
            }

            log.Add(AdminActionKind.Deleted, Type, account.Id, account.UserName ?? "");
            deleted.Add(account.UserName ?? "");
        }

        if (deleted.Count == 0)
        {
            ModelState.AddModelError("", "Nothing was deleted.");
            return Page();
        }

        await db.SaveChangesAsync(cancellationToken);
        return this.RedirectAfterDelete(Type, deleted, [.. Records.Where(r => r.Refusal is not null), .. changed], ReturnList);
    }

    // The administrators kept when deleting the whole selection would delete every administrator.
    private IReadOnlyList<int> _keptAdministrators = [];

    private void KeepLastAdministrators(List<LettingsUser> accounts, IReadOnlyList<int> administrators) =>
        _keptAdministrators = AdministratorGuard.TakesTheLast(administrators, accounts.Where(a => !IsOwn(a)).Select(a => a.Id))
            ? administrators
            : [];

    private bool IsOwn(LettingsUser account) =>
        users.GetUserId(User) == account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private string? Refusal(LettingsUser account)
    {
        if (IsOwn(account))
        {
            return OwnAccountRefusal;
        }

        return _keptAdministrators.Contains(account.Id) ? AdministratorGuard.LastAdministratorMessage : null;
    }

    private List<DeletionPreview> Preview(List<LettingsUser> accounts) =>
        [.. accounts.Select(a => new DeletionPreview(
            a.Id, a.UserName ?? "", a.Profile is null ? [] : [$"Profile: {a.UserName}"], a.ConcurrencyStamp ?? "", Refusal(a)))];

    private IQueryable<LettingsUser> Selected(int[] ids) =>
        db.Users.Include(u => u.Profile).Where(u => ids.Contains(u.Id)).OrderBy(u => u.Id);
}
