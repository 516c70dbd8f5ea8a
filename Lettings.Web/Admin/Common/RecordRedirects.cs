using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lettings.Web.Admin.Common;

/// <summary>Where a page goes after a change, with the confirmation the next page shows (kept in TempData across the redirect).</summary>
public static class RecordRedirects
{
    public const string MessageKey = "Message";

    public static IActionResult RedirectAfterSave(this PageModel page, AdminRecordType type, string name, bool added)
    {
        page.TempData[MessageKey] = $"The {type.Name} “{name}” was {(added ? "added" : "changed")}.";
        return page.RedirectToPage(type.ListPage);
    }

    public static IActionResult RedirectAfterDelete(this PageModel page, AdminRecordType type, IReadOnlyList<string> names)
    {
        page.TempData[MessageKey] = names.Count == 1
            ? $"The {type.Name} “{names[0]}” was deleted."
            : $"{names.Count} {type.Plural.ToLowerInvariant()} were deleted: {string.Join(", ", names.Select(name => $"“{name}”"))}.";
        return page.RedirectToPage(type.ListPage);
    }
}
