namespace Lettings.Web.Admin.Common;

/// <summary>
/// The delete confirmation and the delete of a catalogue record (address, letting, profile), for the page that holds
/// it: the selected records and what the cascade takes with them; on the post, the records as shown are removed and
/// recorded in the recent actions (in the page's transaction), those changed since are named and kept
/// (<see cref="DeleteVersions"/>), and a change between the comparison and the delete shows the page again. The page
/// gives the query of the selected records (with what their preview names, in a stable order) and the preview of a
/// record, whose name is the one recorded.
/// </summary>
public sealed class RecordDeletion<T>(LettingsDbContext db, AdminActionLog log, AdminRecordType type,
    Func<int[], IQueryable<T>> selected, Func<T, DeletionPreview> preview)
    where T : class
{
    public IReadOnlyList<DeletionPreview> Records { get; private set; } = [];

    public async Task<IActionResult> GetAsync(PageModel page, int[] ids, string? returnList, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Length == 0)
        {
            return page.RedirectNothingSelected(type, returnList);
        }

        Records = [.. (await selected(ids).ToListAsync(cancellationToken)).Select(preview)];
        return Records.Count == 0 ? page.NotFound() : page.Page();
    }

    public async Task<IActionResult> PostAsync(
        PageModel page, int[] ids, IReadOnlyDictionary<int, string>? versions, string? returnList, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var records = await selected(ids).ToListAsync(cancellationToken);
        if (records.Count == 0)
        {
            return page.NotFound();
        }

        var (asShown, changed) = DeleteVersions.Split(records, versions, preview);
        if (asShown.Count == 0)
        {
            return await ShownAgainAsync(page, ids, DeleteVersions.NothingDeleted(changed), cancellationToken);
        }

        db.Set<T>().RemoveRange(asShown);
        var deleted = asShown.Select(preview).ToList();
        deleted.ForEach(r => log.Add(AdminActionKind.Deleted, type, r.Id, r.Name));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ShownAgainAsync(page, ids, type.ConflictMessage, cancellationToken);
        }

        return page.RedirectAfterDelete(type, [.. deleted.Select(r => r.Name)], changed, returnList);
    }

    // The confirmation page again, with the records as they are now (nothing is committed: the model state is invalid).
    private async Task<PageResult> ShownAgainAsync(PageModel page, int[] ids, string message, CancellationToken cancellationToken)
    {
        page.ModelState.AddModelError("", message);
        db.ChangeTracker.Clear();
        Records = [.. (await selected(ids).AsNoTracking().ToListAsync(cancellationToken)).Select(preview)];
        return page.Page();
    }
}
