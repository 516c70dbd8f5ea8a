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

        Records = [.. (await Selected(id).ToListAsync(cancellationToken)).Select(a =>
            new DeletionPreview(a.Id, a.ToString(), a.Letting is { } letting ? [$"Letting: {letting.Title}"] : []))];
        return Records.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(int[] id, CancellationToken cancellationToken)
    {
        var addresses = await Selected(id).ToListAsync(cancellationToken);
        if (addresses.Count == 0)
        {
            return NotFound();
        }

        db.Addresses.RemoveRange(addresses);
        addresses.ForEach(a => log.Add(AdminActionKind.Deleted, Type, a.Id, a.ToString()));
        await db.SaveChangesAsync(cancellationToken);
        return this.RedirectAfterDelete(Type, [.. addresses.Select(a => a.ToString())], [], ReturnList);
    }

    private IQueryable<Address> Selected(int[] ids) =>
        db.Addresses.Include(a => a.Letting).Where(a => ids.Contains(a.Id)).OrderBy(a => a.Id);
}
