using Lettings.Web.Caching;
using Lettings.Web.Paging;
using Microsoft.AspNetCore.OutputCaching;

namespace Lettings.Web.Profiles;

[OutputCache(PolicyName = PublicCache.Profiles)]
public sealed class IndexModel(LettingsDbContext db) : PageModel, IPagedList
{
    public const string PageName = "/Profiles/Index";

    public IReadOnlyList<string> Usernames { get; private set; } = [];

    public Pager Pager { get; private set; } = new(PageName, 1, HasNext: false);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await Pager.ReadAsync(
            Request.Query, PageName, (offset, count) => ProfileQueries.PageAsync(db, offset, count, cancellationToken));
        if (page is null)
        {
            return NotFound();
        }

        (Usernames, Pager) = page.Value;
        return Page();
    }
}
