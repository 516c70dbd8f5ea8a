using Lettings.Web.Accounts.Sessions;
using Lettings.Web.Admin.Accounts;

namespace Lettings.Web.Admin.Users;

/// <summary>
/// Add or change a user account through Identity (validators, hashing, security stamp), with the staff flag and an
/// optional new password. The account's concurrency stamp refuses a save over someone else's change. Identity
/// saves each step on its own; a refused step rolls all of them back (<see cref="BackOfficeTransaction"/>).
/// </summary>
public sealed class EditModel(
    LettingsDbContext db, UserManager<LettingsUser> users, StaffMembership staff, AdministratorGuard administrators, AdminActionLog log,
    AccountSessions sessions)
    : PageModel, IRecordEditView
{
    public const string OwnStaffAccessMessage = "You cannot take away your own staff access: ask another staff member.";
    public const string AdministratorIsStaffMessage = "An administrator is staff too: tick Staff as well.";
    public const string OwnActiveMessage = "You cannot deactivate the account you are signed in with: ask another administrator.";

    [BindProperty]
    public UserForm Form { get; set; } = new();

    [BindProperty]
    public SaveThen Then { get; set; }

    public int? Id { get; private set; }

    public AdminRecordType Type => AdminRecordType.User;

    /// <summary>When the account was made and last signed in (read only; none on the add page).</summary>
    public (DateTimeOffset Joined, DateTimeOffset? LastSignIn)? Dates { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        Id = id;
        Form = UserForm.New();
        if (id is not null)
        {
            if (await FindAsync(id.Value) is not { } user)
            {
                return NotFound();
            }

            Form = UserForm.From(user, await staff.IsStaffAsync(user), await staff.IsAdministratorAsync(user));
            Dates = (user.DateJoined, user.LastSignIn);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var user = id is null ? new LettingsUser() : await FindAsync(id.Value);
        if (user is null)
        {
            return NotFound();
        }

        if (id is not null)
        {
            Dates = (user.DateJoined, user.LastSignIn);
        }

        // Nobody locks themselves out of the back office by mistake; another staff member can do it.
        var isOwn = id is not null && users.GetUserId(User) == user.Id.ToString(CultureInfo.InvariantCulture);
        if (!Form.IsStaff && isOwn)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.IsStaff)}", OwnStaffAccessMessage);
        }

        if (!Form.IsActive && isOwn)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.IsActive)}", OwnActiveMessage);
        }

        if (Form.IsAdministrator && !Form.IsStaff)
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.IsAdministrator)}", AdministratorIsStaffMessage);
        }

        // Demoted or deactivated, the last active administrator would leave nobody to manage accounts.
        if (ModelState.IsValid && id is not null && (!Form.IsAdministrator || !Form.IsActive)
            && await administrators.TakesTheLastAdministratorAsync([user.Id], cancellationToken))
        {
            var field = Form.IsAdministrator ? nameof(Form.IsActive) : nameof(Form.IsAdministrator);
            ModelState.AddModelError($"{nameof(Form)}.{field}", AdministratorGuard.LastAdministratorMessage);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await SaveAsync(user, isNew: id is null);
        if (!result.Succeeded)
        {
            IdentityErrorFields.AddTo(ModelState, result, Type.ConflictMessage);
            return Page();
        }

        if (!user.IsActive)
        {
            // A deactivated account's sessions end now, not at their next security-stamp check.
            await sessions.EndAllAsync(user.Id, cancellationToken);
        }

        await log.RecordAsync(id is null ? AdminActionKind.Added : AdminActionKind.Changed, Type, user.Id, user.UserName ?? "", cancellationToken);
        return this.RedirectAfterSave(Type, user.Id, user.UserName ?? "", added: id is null, Then);
    }

    private Task<LettingsUser?> FindAsync(int id) => users.FindByIdAsync(id.ToString(CultureInfo.InvariantCulture));

    private async Task<IdentityResult> SaveAsync(LettingsUser user, bool isNew)
    {
        Form.ApplyTo(user);
        if (!isNew)
        {
            // Identity's update attaches the account again: the stamp must be the form's as its value and as the
            // original the update compares with, so that a save over someone else's newer change is refused.
            user.ConcurrencyStamp = Form.ConcurrencyStamp;
            db.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = Form.ConcurrencyStamp;
        }

        var result = isNew ? await users.CreateAsync(user) : await users.UpdateAsync(user);
        if (result.Succeeded && !string.IsNullOrEmpty(Form.NewPassword))
        {
            result = await SetPasswordAsync(user, Form.NewPassword);
        }

        if (result.Succeeded)
        {
            result = await staff.SetStaffAsync(user, Form.IsStaff);
        }

        return result.Succeeded ? await staff.SetAdministratorAsync(user, Form.IsAdministrator) : result;
    }

    private async Task<IdentityResult> SetPasswordAsync(LettingsUser user, string password)
    {
        if (await users.HasPasswordAsync(user))
        {
            var removed = await users.RemovePasswordAsync(user);
            if (!removed.Succeeded)
            {
                return removed;
            }
        }

        return await users.AddPasswordAsync(user, password);
    }
}
