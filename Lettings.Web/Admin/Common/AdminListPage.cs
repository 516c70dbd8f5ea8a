using Microsoft.AspNetCore.Mvc.Filters;

namespace Lettings.Web.Admin.Common;

/// <summary>
/// What every list page holds for <c>_ListLayout.cshtml</c>: the query string's state, the filters and the page of
/// rows. Each page reads its own rows, with its own search and filters, in its handlers.
/// </summary>
public abstract class AdminListPage<TRow>(AdminRecordType type) : PageModel, IAdminList
{
    [BindProperty(SupportsGet = true)]
    public ListQuery List { get; set; } = new();

    public PagedRows<TRow> Rows { get; protected set; } = new([], 1, 0);

    public AdminRecordType Type => type;

    public abstract string SearchHint { get; }

    public abstract IReadOnlyList<IListColumn> Headers { get; }

    public IReadOnlyList<ListFilter> Filters { get; protected set; } = [];

    public IPaging Paging => Rows;

    /// <summary>
    /// The list's rows as its query string asks (search, filters, sort; not the page), as the database reads them:
    /// the page reads one page of it, the CSV export all of it, and the index tests explain it.
    /// </summary>
    public abstract IQueryable<TRow> Query();

    /// <summary>
    /// A search or filter value with a control character is refused before it reaches the database: no stored text
    /// holds one, and PostgreSQL rejects a NUL in any text parameter (which would otherwise end as a 500).
    /// </summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (Request.Query.Any(pair => pair.Value.Any(value => value is not null && value.Any(char.IsControl))))
        {
            context.Result = BadRequest();
        }
    }

    public Dictionary<string, string> ListState()
    {
        IEnumerable<(string Name, string? Value)> values =
            [("q", List.Search), ("o", List.Sort), ("all", List.ShowAll ? "true" : null), .. Filters.Select(f => (f.Name, f.Value))];
        return values.Where(v => v.Value is not null).ToDictionary(v => v.Name, v => v.Value!);
    }

    /// <summary>The CSV file's name: the record type and the day, e.g. <c>addresses-2026-05-01</c>.</summary>
    protected string ExportName(TimeProvider clock) =>
        $"{Type.Plural.ToLowerInvariant()}-{clock.GetUtcNow():yyyy-MM-dd}";
}
