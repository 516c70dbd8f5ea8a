using Lettings.Web.Caching;
using Lettings.Web.Data;
using Lettings.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
        if (!Pager.TryReadNumber(Request.Query, out var number))
        {
            return NotFound();
        }

        var rows = await ProfileQueries.PageAsync(db, Pager.Offset(number), Pager.PageSize + 1, cancellationToken);
        if (rows.Count == 0 && number > 1)
        {
            return NotFound();
        }

        (Usernames, Pager) = Pager.Slice(rows, PageName, number);
        return Page();
    }
}
