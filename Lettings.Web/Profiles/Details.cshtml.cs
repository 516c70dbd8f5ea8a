using Lettings.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Lettings.Web.Profiles;

[OutputCache(PolicyName = PublicCache.Profiles)]
public sealed class DetailsModel(LettingsDbContext db, ILookupNormalizer normalizer) : PageModel
{
    public const string PageName = "/Profiles/Details";

    public ProfileDetails? Profile { get; private set; }

    public async Task<IActionResult> OnGetAsync(string username, CancellationToken cancellationToken)
    {
        Profile = await ProfileQueries.DetailsAsync(db, normalizer.NormalizeName(username), username, cancellationToken);
        return Profile is null ? NotFound() : Page();
    }
}

public sealed record ProfileDetails(string Username, string FirstName, string LastName, string? Email, string? FavoriteCity);
