using Lettings.Web.Caching;
using Lettings.Web.Paging;
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
        var page = await Pager.ReadAsync(
            Request.Query, PageName, (offset, count) => LettingQueries.PageAsync(db, offset, count, cancellationToken));
        if (page is null)
        {
            return NotFound();
        }

        (Lettings, Pager) = page.Value;
        return Page();
    }
}

public sealed record LettingListItem(int Id, string Title);
