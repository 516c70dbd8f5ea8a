namespace Lettings.Web.Admin.Common;

/// <summary>
/// A delete is of the records as the confirmation page showed them: the page posts each record's version back
/// (<c>versions[id]</c>), and a record changed since (a different version, or none posted) is not deleted but named,
/// as the edit pages refuse a save over someone else's change. The delete itself still checks the version in its
/// <c>WHERE</c>, against a change made between this comparison and the delete.
/// </summary>
public static class DeleteVersions
{
    public const string Name = "versions";

    public const string ChangedRefusal = "it was changed since the confirmation page was shown. Check it and delete it again if you still mean to.";

    /// <summary>The records as shown, to delete, and those changed since, named for the warning.</summary>
    public static (List<T> AsShown, List<DeletionPreview> Changed) Split<T>(
        IEnumerable<T> records, IReadOnlyDictionary<int, string>? shown, Func<T, DeletionPreview> preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var asShown = new List<T>();
        var changed = new List<DeletionPreview>();
        foreach (var record in records)
        {
            var seen = preview(record);
            if (shown is not null && shown.TryGetValue(seen.Id, out var version) && version == seen.Version)
            {
                asShown.Add(record);
            }
            else
            {
                changed.Add(seen with { Refusal = ChangedRefusal });
            }
        }

        return (asShown, changed);
    }

    /// <summary>The confirmation page again, with what the records are now: every one of them had changed.</summary>
    public static string NothingDeleted(IEnumerable<DeletionPreview> changed) =>
        $"Nothing was deleted: {string.Join(", ", changed.Select(c => $"“{c.Name}”"))} changed since this page was shown. "
        + "Check what it shows now and confirm again.";
}
