using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lettings.Web.Admin.Common;

/// <summary>
/// What every list page holds for <c>_ListLayout.cshtml</c>: the query string's state and the page of rows. Each
/// page reads its own rows, with its own search, in its <c>OnGetAsync</c>.
/// </summary>
public abstract class AdminListPage<TRow>(AdminRecordType type) : PageModel, IAdminList
{
    [BindProperty(SupportsGet = true)]
    public ListQuery List { get; set; } = new();

    public PagedRows<TRow> Rows { get; protected set; } = new([], 1, 0);

    public AdminRecordType Type => type;

    public abstract string SearchHint { get; }

    public IPaging Paging => Rows;
}
