namespace Lettings.Web.Admin.Common;

/// <summary>
/// Where a page goes after a change, with what the next page tells (kept in TempData across the redirect): a
/// confirmation, and a warning naming what was refused.
/// </summary>
public static class RecordRedirects
{
    public const string MessageKey = "Message";
    public const string WarningKey = "Warning";

    public static IActionResult RedirectAfterSave(this PageModel page, AdminRecordType type, int id, string name, bool added, SaveThen then)
    {
        page.TempData[MessageKey] = $"The {type.Name} “{name}” was {(added ? "added" : "changed")}.";
        return then switch
        {
            // An explicit null, or routing would take the id of the record just saved from the current request.
            SaveThen.AddAnother => page.RedirectToPage(type.EditPage, new { id = (int?)null }),
            SaveThen.ContinueEditing => page.RedirectToPage(type.EditPage, new { id }),
            _ => page.RedirectToPage(type.ListPage),
        };
    }

    /// <summary>Back to the list the records were selected in (<paramref name="list"/>, see <see cref="ListReturn"/>).</summary>
    public static IActionResult RedirectAfterDelete(
        this PageModel page, AdminRecordType type, IReadOnlyList<string> deleted, IEnumerable<DeletionPreview> refused, string? list)
    {
        page.TempData[MessageKey] = deleted.Count == 1
            ? $"The {type.Name} “{deleted[0]}” was deleted."
            : $"{deleted.Count} {type.Plural.ToLowerInvariant()} were deleted: {Quoted(deleted)}.";
        if (string.Join(" ", refused.Select(r => $"“{r.Name}” was not deleted: {r.Refusal}")) is { Length: > 0 } warning)
        {
            page.TempData[WarningKey] = warning;
        }

        return page.RedirectToPage(type.ListPage, ListReturn.Values(list));
    }

    /// <summary>"Delete selected" with no box ticked: back to the list, saying so.</summary>
    public static IActionResult RedirectNothingSelected(this PageModel page, AdminRecordType type, string? list)
    {
        page.TempData[WarningKey] = $"Select the {type.Plural.ToLowerInvariant()} to delete first, with the boxes in the list.";
        return page.RedirectToPage(type.ListPage, ListReturn.Values(list));
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(name => $"“{name}”"));
}

/// <summary>What the edit page's buttons lead to after a save.</summary>
public enum SaveThen
{
    List,
    AddAnother,
    ContinueEditing,
}
