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

        Records = [.. (await Selected(id).ToListAsync(cancellationToken)).Select(p => new DeletionPreview(p.Id, p.ToString(), []))];
        return Records.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(int[] id, CancellationToken cancellationToken)
    {
        var profiles = await Selected(id).ToListAsync(cancellationToken);
        if (profiles.Count == 0)
        {
            return NotFound();
        }

        db.Profiles.RemoveRange(profiles);
        profiles.ForEach(p => log.Add(AdminActionKind.Deleted, Type, p.Id, p.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return this.RedirectAfterDelete(Type, [.. profiles.Select(p => p.ToString())], [], ReturnList);
    }

    // With the account: a profile is named after its username.
    private IQueryable<Profile> Selected(int[] ids) => db.Profiles.Include(p => p.User).Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id);
}
