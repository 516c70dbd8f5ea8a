using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lettings.Web.Admin.History;

/// <summary>
/// Hands every save of a context that records history (<see cref="LettingsDbContext.ChangeCapture"/>) to its capture
/// before the save runs, while the change tracker still holds the old values: the one place changes are collected.
/// </summary>
internal sealed class HistoryInterceptor : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is LettingsDbContext { ChangeCapture: { } capture } db)
        {
            await capture.CaptureAsync(db, cancellationToken);
        }

        return result;
    }

    // The site saves asynchronously only; a synchronous save with history on would lose it, so it is refused loudly.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        eventData.Context is LettingsDbContext { ChangeCapture: not null }
            ? throw new InvalidOperationException("A context that records history saves with SaveChangesAsync.")
            : result;
}
