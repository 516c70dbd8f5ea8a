using Lettings.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Profiles;

public sealed class IndexModel(LettingsDbContext db) : PageModel
{
    public IReadOnlyList<string> Usernames { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Usernames = await db.Profiles.AsNoTracking()
            .OrderBy(p => p.Id)
            .Select(p => p.User!.UserName!)
            .ToListAsync(cancellationToken);
}
