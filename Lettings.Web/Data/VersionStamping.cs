using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lettings.Web.Data;

internal static class VersionStamping
{
    /// <summary>Gives every added or changed <see cref="IVersioned"/> record a new version before it is saved.</summary>
    public static void StampVersions(this ChangeTracker changes)
    {
        foreach (var entry in changes.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }
}
