using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Lettings.Web.Lettings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Addresses;

/// <summary>Deleting an address deletes its letting (one-to-one, cascade).</summary>
public sealed class DeleteModel(LettingsDbContext db, AdminActionLog log) : PageModel, IDeleteConfirmation
{
    public AdminRecordType Type => AdminRecordType.Address;

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
        var addresses = await Selected(id).ToListAsync(cancellationToken);
        if (addresses.Count == 0)
        {
            return NotFound();
        }

        var (asShown, changed) = DeleteVersions.Split(addresses, versions, Preview);
        if (asShown.Count == 0)
        {
            return await ShownAgainAsync(id, DeleteVersions.NothingDeleted(changed), cancellationToken);
        }

        db.Addresses.RemoveRange(asShown);
        asShown.ForEach(a => log.Add(AdminActionKind.Deleted, Type, a.Id, a.ToString()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShownAgainAsync(id, Type.ConflictMessage, cancellationToken);
        }

        return this.RedirectAfterDelete(Type, [.. asShown.Select(a => a.ToString())], changed, ReturnList);
    }

    // The confirmation page again, with the records as they are now (nothing is committed: the model state is invalid).
    private async Task<PageResult> ShownAgainAsync(int[] id, string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError("", message);
        db.ChangeTracker.Clear();
        Records = [.. (await Selected(id).AsNoTracking().ToListAsync(cancellationToken)).Select(Preview)];
        return Page();
    }

    private static DeletionPreview Preview(Address a) =>
        new(a.Id, a.ToString(), a.Letting is { } letting ? [$"Letting: {letting.Title}"] : [], a.Version.ToString());

    private IQueryable<Address> Selected(int[] ids) =>
        db.Addresses.Include(a => a.Letting).Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id);
}
