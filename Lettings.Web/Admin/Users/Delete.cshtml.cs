using System.Security.Claims;
using Lettings.Web.Accounts;
using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Users;

/// <summary>Deleting a user deletes its profile (cascade). Staff cannot delete the account they are signed in with.</summary>
public sealed class DeleteModel(LettingsDbContext db, UserManager<LettingsUser> users, AdminActionLog log) : PageModel, IDeleteConfirmation
{
    public AdminRecordType Type => AdminRecordType.User;

    public int Id { get; private set; }

    public string RecordName { get; private set; } = "";

    public IReadOnlyList<string> AlsoDeleted { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var user = await LoadAsync(id, cancellationToken);
        if (user is null)
        {
            return NotFound();
        }

        if (User.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            ModelState.AddModelError("", "You cannot delete the account you are signed in with.");
            return Page();
        }

        var deleted = await log.RecordAsync(AdminActionKind.Deleted, Type.Singular, async () =>
        {
            var result = await users.DeleteAsync(user);
            IdentityErrorFields.AddTo(ModelState, result, Type.ConflictMessage);
            return result.Succeeded;
        }, () => (user.Id, user.UserName ?? ""), cancellationToken);
        if (!deleted)
        {
            return Page();
        }

        TempData["Message"] = $"The user “{user.UserName}” was deleted.";
        return Redirect(Type.Path);
    }

    private async Task<LettingsUser?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var user = await db.Users.Include(u => u.Profile).SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (user is not null)
        {
            (Id, RecordName) = (user.Id, user.UserName ?? "");
            AlsoDeleted = user.Profile is null ? [] : [$"Profile: {user.UserName}"];
        }

        return user;
    }
}
