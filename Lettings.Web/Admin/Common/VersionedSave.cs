using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lettings.Web.Admin.Common;

public static class VersionedSave
{
    /// <inheritdoc cref="SaveFormAsync(LettingsDbContext, IVersioned, Guid, ModelStateDictionary, AdminRecordType, FieldError?, CancellationToken)"/>
    public static Task<bool> SaveFormAsync(
        this LettingsDbContext db, IVersioned record, Guid readVersion, ModelStateDictionary modelState, AdminRecordType type, CancellationToken cancellationToken) =>
        db.SaveFormAsync(record, readVersion, modelState, type, taken: null, cancellationToken);

    /// <summary>
    /// Saves a record added or changed through a form read at <paramref name="readVersion"/>. If someone else saved
    /// the record since, nothing is saved and the model state gets <see cref="AdminRecordType.ConflictMessage"/>.
    /// If a unique index refuses the save (someone else took the value after the page checked it was free), nothing
    /// is saved and <paramref name="taken"/> becomes the field's error. EF Core rolls the failed save back to a
    /// savepoint of the page's transaction, so the page can still read the database to show the form again.
    /// </summary>
    public static async Task<bool> SaveFormAsync(
        this LettingsDbContext db, IVersioned record, Guid readVersion, ModelStateDictionary modelState, AdminRecordType type,
        FieldError? taken, CancellationToken cancellationToken)
    {
        var entry = db.Entry(record);
        if (entry.State == EntityState.Detached)
        {
            db.Add(record);
        }
        else
        {
            entry.Property(r => r.Version).OriginalValue = readVersion;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            modelState.AddModelError("", type.ConflictMessage);
            return false;
        }
        catch (DbUpdateException exception) when (taken is not null && UniqueViolation.Is(exception))
        {
            // The record stays as the form made it, but unsaved: the page shows the form again, with the error.
            entry.State = entry.State == EntityState.Added ? EntityState.Detached : EntityState.Unchanged;
            modelState.AddModelError(taken.Field, taken.Message);
            return false;
        }
    }
}

/// <summary>An error shown beside one field of a form (<paramref name="Field"/> is its model-state key).</summary>
public sealed record FieldError(string Field, string Message);
