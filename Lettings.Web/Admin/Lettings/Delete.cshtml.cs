using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Lettings.Web.Lettings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Lettings;

/// <summary>Deleting a letting leaves its address in place.</summary>
public sealed class DeleteModel(LettingsDbContext db, AdminActionLog log) : PageModel, IDeleteConfirmation
{
    public AdminRecordType Type => AdminRecordType.Letting;

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
        var lettings = await Selected(id).ToListAsync(cancellationToken);
        if (lettings.Count == 0)
        {
            return NotFound();
        }

        var (asShown, changed) = DeleteVersions.Split(lettings, versions, Preview);
        if (asShown.Count == 0)
        {
            return await ShownAgainAsync(id, DeleteVersions.NothingDeleted(changed), cancellationToken);
        }

        db.Lettings.RemoveRange(asShown);
        asShown.ForEach(l => log.Add(AdminActionKind.Deleted, Type, l.Id, l.Title));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShownAgainAsync(id, Type.ConflictMessage, cancellationToken);
        }

        return this.RedirectAfterDelete(Type, [.. asShown.Select(l => l.Title)], changed, ReturnList);
    }

    // The confirmation page again, with the records as they are now (nothing is committed: the model state is invalid).
    private async Task<PageResult> ShownAgainAsync(int[] id, string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError("", message);
        db.ChangeTracker.Clear();
        Records = [.. (await Selected(id).AsNoTracking().ToListAsync(cancellationToken)).Select(Preview)];
        return Page();
    }

    private static DeletionPreview Preview(Letting l) =>
        new(l.Id, l.Title, [], l.Version.ToString());

    private IQueryable<Letting> Selected(int[] ids) => db.Lettings.Where(l => ids.Contains(l.Id)).OrderBy(l => l.Id);
}
