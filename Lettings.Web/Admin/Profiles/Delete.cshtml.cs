using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Lettings.Web.Profiles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Profiles;

/// <summary>Deleting a profile leaves its user account in place.</summary>
public sealed class DeleteModel(LettingsDbContext db, AdminActionLog log) : PageModel, IDeleteConfirmation
{
    public AdminRecordType Type => AdminRecordType.Profile;

    public IReadOnlyList<DeletionPreview> Records { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = ListReturn.Name)]
    public string? ReturnList { get; set; }

    public async Task<IActionResult> OnGetAsync(int[] id, CancellationToken cancellationToken)
    {
        if (id.Length == 0)
        {
            return this.RedirectNothingSelected(Type, ReturnList);
        }

        Records = [.. (await Selected(id).ToListAsync(cancellationToken)).Select(Preview)];
        return Records.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(
        int[] id, [FromForm(Name = DeleteVersions.Name)] Dictionary<int, string>? versions, CancellationToken cancellationToken)
    {
        var profiles = await Selected(id).ToListAsync(cancellationToken);
        if (profiles.Count == 0)
        {
            return NotFound();
        }

        var (asShown, changed) = DeleteVersions.Split(profiles, versions, Preview);
        if (asShown.Count == 0)
        {
            return await ShownAgainAsync(id, DeleteVersions.NothingDeleted(changed), cancellationToken);
        }

        db.Profiles.RemoveRange(asShown);
        asShown.ForEach(p => log.Add(AdminActionKind.Deleted, Type, p.Id, p.ToString()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShownAgainAsync(id, Type.ConflictMessage, cancellationToken);
        }

        return this.RedirectAfterDelete(Type, [.. asShown.Select(p => p.ToString())], changed, ReturnList);
    }

    // The confirmation page again, with the records as they are now (nothing is committed: the model state is invalid).
    private async Task<PageResult> ShownAgainAsync(int[] id, string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError("", message);
        db.ChangeTracker.Clear();
        Records = [.. (await Selected(id).AsNoTracking().ToListAsync(cancellationToken)).Select(Preview)];
        return Page();
    }

    private static DeletionPreview Preview(Profile p) =>
        new(p.Id, p.ToString(), [], p.Version.ToString());

    private IQueryable<Profile> Selected(int[] ids) => db.Profiles.Include(p => p.User).Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id);
}
