using Lettings.Web.Lettings;
using Lettings.Web.Profiles;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lettings.Web.Caching;

/// <summary>Which cached pages a set of pending changes makes stale.</summary>
public static class PublicContent
{
    // What a profile page shows of its account. Signing in changes other columns (failed attempts, lockout) and
    // must not empty the cache; Identity's UserStore marks every column modified on any update, so the values are compared.
    private static readonly string[] s_publicUserProperties =
    [
        nameof(LettingsUser.UserName), nameof(LettingsUser.Email), nameof(LettingsUser.FirstName), nameof(LettingsUser.LastName),
    ];

    public static HashSet<string> StaleTags(ChangeTracker changes)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in changes.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && TagFor(entry) is { } tag)
            {
                tags.Add(tag);
                tags.Add(PublicCache.Sitemap);
            }
        }

        return tags;
    }

    private static string? TagFor(EntityEntry entry) => entry.Entity switch
    {
        // An address is shown on its letting's page (and deleting it deletes the letting).
        Address or Letting => PublicCache.Lettings,
        Profile => PublicCache.Profiles,
        // A new account has no profile yet; a deleted one takes its profile along.
        LettingsUser when entry.State == EntityState.Deleted => PublicCache.Profiles,
        LettingsUser when entry.State == EntityState.Modified && s_publicUserProperties.Any(p => Changed(entry.Property(p))) =>
            PublicCache.Profiles,
        _ => null,
    };

    private static bool Changed(PropertyEntry property) =>
        property.IsModified && !Equals(property.OriginalValue, property.CurrentValue);
}
