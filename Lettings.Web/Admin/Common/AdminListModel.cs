using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lettings.Web.Admin.Common;

/// <summary>A row of a back-office list: its id (for the change link) and the cells shown, the first one linked.</summary>
public interface IAdminRow
{
    int Id { get; }

    IReadOnlyList<string> Cells { get; }
}

/// <summary>What a list shows around its rows: the record type, the column headers, what the search box looks in.</summary>
public sealed record AdminListInfo(AdminRecordType Type, IReadOnlyList<string> Headers, string SearchHint);

/// <summary>What <c>_AdminList.cshtml</c> needs from any list page, whatever its row type.</summary>
public interface IAdminListView
{
    AdminListInfo Info { get; }

    string? Search { get; }

    int TotalCount { get; }

    IReadOnlyList<IAdminRow> RowsOnPage { get; }

    int PageNumber { get; }

    int PageCount { get; }

    string PageUrl(int number);
}

/// <summary>
/// The list page of a record type: search box (<c>?q=</c>), 25 rows per page (<c>?p=</c>), sorted by id.
/// A subclass gives the search query and the headers; <c>_AdminList.cshtml</c> renders every list.
/// </summary>
public abstract class AdminListModel<TRow> : PageModel, IAdminListView
    where TRow : IAdminRow
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PagedRows<TRow> Rows { get; private set; } = new([], 1, 0);

    public abstract AdminListInfo Info { get; }

    public int TotalCount => Rows.TotalCount;

    public IReadOnlyList<IAdminRow> RowsOnPage => [.. Rows.Rows.Cast<IAdminRow>()];

    public int PageCount => Rows.PageCount;

    /// <summary>The rows matching <paramref name="search"/> (lower case, trimmed; null for all), ordered by id.</summary>
    protected abstract IQueryable<TRow> Query(string? search);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The page's own ViewData: the layout reads the title there, and a partial only gets a copy of it.
        ViewData["Title"] = $"{Info.Type.Plural} | Back office";
        Search = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
        Rows = await Query(Search?.ToLowerInvariant()).ToPageAsync(PageNumber, cancellationToken);
        PageNumber = Rows.Number;
    }

    /// <summary>The URL of another page of the same search.</summary>
    public string PageUrl(int number) =>
        Search is null ? $"{Info.Type.Path}?p={number}" : $"{Info.Type.Path}?q={Uri.EscapeDataString(Search)}&p={number}";
}
