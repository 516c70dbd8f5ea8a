using Lettings.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Profiles;

public sealed class DetailsModel(LettingsDbContext db) : PageModel
{
    public ProfileDetails? Profile { get; private set; }

    public async Task<IActionResult> OnGetAsync(string username, CancellationToken cancellationToken)
    {
        Profile = await db.Profiles.AsNoTracking()
            .Where(p => p.User!.UserName == username)
            .Select(p => new ProfileDetails(p.User!.UserName!, p.User.FirstName, p.User.LastName, p.User.Email, p.FavoriteCity))
            .SingleOrDefaultAsync(cancellationToken);
        return Profile is null ? NotFound() : Page();
    }
}

public sealed record ProfileDetails(string Username, string FirstName, string LastName, string? Email, string? FavoriteCity);
