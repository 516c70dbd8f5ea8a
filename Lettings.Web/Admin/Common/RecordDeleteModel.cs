using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Common;

/// <summary>
/// The delete confirmation of a catalogue record: GET names the record and what the cascade also deletes,
/// POST deletes it and records the action in the same transaction.
/// </summary>
public abstract class RecordDeleteModel<TEntity>(LettingsDbContext db, AdminActionLog log) : PageModel, IDeleteConfirmation
    where TEntity : class, IVersioned
{
    public abstract AdminRecordType Type { get; }

    public int Id { get; private set; }

    public string RecordName { get; private set; } = "";

    public IReadOnlyList<string> AlsoDeleted { get; private set; } = [];

    /// <summary>The record with what its name and cascade need.</summary>
    protected virtual IQueryable<TEntity> Records => db.Set<TEntity>();

    protected LettingsDbContext Db => db;

    protected abstract IReadOnlyList<string> Cascade(TEntity record);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var record = await Records.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Id = id;
        ViewData["Title"] = $"Delete {Type.Name} | Back office"; // here, not in the partial, which only gets a copy
        RecordName = record.ToString() ?? "";
        AlsoDeleted = Cascade(record);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var record = await Records.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        db.Remove(record);
        await log.SaveAsync(AdminActionKind.Deleted, Type.Singular, record, cancellationToken);
        TempData["Message"] = $"The {Type.Name} “{record}” was deleted.";
        return Redirect(Type.Path);
    }
}
