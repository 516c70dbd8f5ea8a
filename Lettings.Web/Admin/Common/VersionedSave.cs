using Lettings.Web.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Common;

public static class VersionedSave
{
    /// <summary>
    /// Saves a record added or changed through a form read at <paramref name="readVersion"/>. If someone else saved
    /// the record since, nothing is saved and the model state gets <see cref="AdminRecordType.ConflictMessage"/>.
    /// </summary>
    public static async Task<bool> SaveFormAsync(
        this LettingsDbContext db, IVersioned record, Guid readVersion, ModelStateDictionary modelState, AdminRecordType type, CancellationToken cancellationToken)
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
    }
}
