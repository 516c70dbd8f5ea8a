using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Common;

/// <summary>
/// The add/change page of a catalogue record (one page, two routes: <c>add/</c> and <c>{id}/change/</c>).
/// Validation comes from the form's attributes plus <see cref="ValidateAsync"/>; the save carries the version the
/// form was read at, so a save over someone else's newer change is refused; the recent action is saved with it.
/// </summary>
public abstract class RecordEditModel<TEntity, TForm>(LettingsDbContext db, AdminActionLog log) : PageModel, IRecordEditView
    where TEntity : class, IVersioned, new()
    where TForm : class, IRecordForm<TEntity>, new()
{
    [BindProperty]
    public TForm Form { get; set; } = new();

    /// <summary>The record being changed; null on the add page.</summary>
    public int? Id { get; private set; }

    public abstract AdminRecordType Type { get; }

    protected LettingsDbContext Db => db;

    /// <summary>The record with what its form and name need.</summary>
    protected virtual IQueryable<TEntity> Records => db.Set<TEntity>();

    /// <summary>Loads what the form offers (e.g. the addresses a letting may use); <paramref name="current"/> is null when adding.</summary>
    protected virtual Task PrepareAsync(TEntity? current, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Completes a record after the form was applied (e.g. loads what its name shows).</summary>
    protected virtual Task CompleteAsync(TEntity record, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Rules the attributes cannot express; adds field errors to the model state.</summary>
    protected virtual Task ValidateAsync(TEntity? current, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        TEntity? record = null;
        if (id is not null)
        {
            record = await Records.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (record is null)
            {
                return NotFound();
            }

            Form.CopyFrom(record);
        }

        await PrepareAsync(record, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        var current = id is null ? null : await Records.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (id is not null && current is null)
        {
            return NotFound();
        }

        if (ModelState.IsValid)
        {
            await ValidateAsync(current, cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            await PrepareAsync(current, cancellationToken);
            return Page();
        }

        var record = current ?? db.Set<TEntity>().Add(new TEntity()).Entity;
        Form.ApplyTo(record);
        await CompleteAsync(record, cancellationToken);
        if (current is not null)
        {
            db.Entry(current).Property(r => r.Version).OriginalValue = Form.Version;
        }

        try
        {
            await log.SaveAsync(current is null ? AdminActionKind.Added : AdminActionKind.Changed, Type.Singular, record, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", Type.ConflictMessage);
            await PrepareAsync(current, cancellationToken);
            return Page();
        }

        TempData["Message"] = $"The {Type.Name} “{record}” was {(current is null ? "added" : "changed")}.";
        return Redirect(Type.Path);
    }
}
