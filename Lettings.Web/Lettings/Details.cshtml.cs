using Lettings.Web.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace Lettings.Web.Lettings;

[OutputCache(PolicyName = PublicCache.Lettings)]
public sealed class DetailsModel(LettingsDbContext db) : PageModel
{
    public const string PageName = "/Lettings/Details";

    public LettingDetails? Letting { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Letting = await LettingQueries.DetailsAsync(db, id, cancellationToken);
        return Letting is null ? NotFound() : Page();
    }
}

public sealed record LettingDetails(
    string Title, int Number, string Street, string City, string State, int ZipCode, string CountryIsoCode);
