using Lettings.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Lettings;

public sealed class IndexModel(LettingsDbContext db) : PageModel
{
    public IReadOnlyList<LettingListItem> Lettings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lettings = await db.Lettings.AsNoTracking()
            .OrderBy(l => l.Id)
            .Select(l => new LettingListItem(l.Id, l.Title))
            .ToListAsync(cancellationToken);
}

public sealed record LettingListItem(int Id, string Title);
