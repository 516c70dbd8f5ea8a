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

        Records = [.. (await Selected(id).ToListAsync(cancellationToken)).Select(l => new DeletionPreview(l.Id, l.Title, []))];
        return Records.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(int[] id, CancellationToken cancellationToken)
    {
        var lettings = await Selected(id).ToListAsync(cancellationToken);
        if (lettings.Count == 0)
        {
            return NotFound();
        }

        db.Lettings.RemoveRange(lettings);
        lettings.ForEach(l => log.Add(AdminActionKind.Deleted, Type, l.Id, l.Title));
        await db.SaveChangesAsync(cancellationToken);
        return this.RedirectAfterDelete(Type, [.. lettings.Select(l => l.Title)], [], ReturnList);
    }

    private IQueryable<Letting> Selected(int[] ids) => db.Lettings.Where(l => ids.Contains(l.Id)).OrderBy(l => l.Id);
}
