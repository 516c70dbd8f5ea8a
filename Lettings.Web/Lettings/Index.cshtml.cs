using Lettings.Web.Caching;
using Lettings.Web.Data;
using Lettings.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Lettings.Web.Lettings;

[OutputCache(PolicyName = PublicCache.Lettings)]
public sealed class IndexModel(LettingsDbContext db) : PageModel, IPagedList
{
    public const string PageName = "/Lettings/Index";

    public IReadOnlyList<LettingListItem> Lettings { get; private set; } = [];

    public Pager Pager { get; private set; } = new(PageName, 1, HasNext: false);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Pager.TryReadNumber(Request.Query, out var number))
        {
            return NotFound();
        }

        var rows = await LettingQueries.PageAsync(db, Pager.Offset(number), Pager.PageSize + 1, cancellationToken);
        if (rows.Count == 0 && number > 1)
        {
            return NotFound();
        }

        (Lettings, Pager) = Pager.Slice(rows, PageName, number);
        return Page();
    }
}

public sealed record LettingListItem(int Id, string Title);
