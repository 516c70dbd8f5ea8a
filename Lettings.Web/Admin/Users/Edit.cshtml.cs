using Lettings.Web.Accounts;
using Lettings.Web.Admin.Accounts;
using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lettings.Web.Admin.Users;

/// <summary>
/// Add or change a user account through Identity (validators, hashing, security stamp), with the staff flag
/// and an optional new password. The account's concurrency stamp refuses a save over someone else's change.
/// </summary>
public sealed class EditModel(LettingsDbContext db, UserManager<LettingsUser> users, StaffMembership staff, AdminActionLog log)
    : PageModel, IRecordEditView
{
    public const string OwnStaffAccessMessage = "You cannot take away your own staff access: ask another staff member.";

    [BindProperty]
    public UserForm Form { get; set; } = new();

    public int? Id { get; private set; }

    public AdminRecordType Type => AdminRecordType.User;

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        Id = id;
        if (id is not null)
        {
            var user = await users.FindByIdAsync(id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (user is null)
            {
                return NotFound();
            }

            Form.CopyFrom(user, await staff.IsStaffAsync(user));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var user = id is null ? new LettingsUser() : await users.FindByIdAsync(id.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return NotFound();
        }

        if (!Form.IsStaff && id is not null && users.GetUserId(User) == user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            // Nobody locks themselves out of the back office by mistake; another staff member can do it.
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.IsStaff)}", OwnStaffAccessMessage);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await log.RecordAsync(
            id is null ? AdminActionKind.Added : AdminActionKind.Changed, Type.Singular,
            () => SaveAsync(user, isNew: id is null), () => (user.Id, user.UserName ?? ""), cancellationToken);
        if (!saved)
        {
            return Page();
        }

        TempData["Message"] = $"The user “{user.UserName}” was {(id is null ? "added" : "changed")}.";
        return Redirect(Type.Path);
    }

    private async Task<bool> SaveAsync(LettingsUser user, bool isNew)
    {
        Form.ApplyTo(user);
        if (!isNew)
        {
            // The store re-attaches the user, taking the current stamp as the original: both must be the form's.
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

        IdentityErrorFields.AddTo(ModelState, result, Type.ConflictMessage);
        return result.Succeeded;
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
