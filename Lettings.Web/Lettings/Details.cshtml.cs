using Lettings.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Lettings;

public sealed class DetailsModel(LettingsDbContext db) : PageModel
{
    public LettingDetails? Letting { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Letting = await db.Lettings.AsNoTracking()
            .Where(l => l.Id == id)
            .Select(l => new LettingDetails(
                l.Title, l.Address!.Number, l.Address.Street, l.Address.City,
                l.Address.State, l.Address.ZipCode, l.Address.CountryIsoCode))
            .SingleOrDefaultAsync(cancellationToken);
        return Letting is null ? NotFound() : Page();
    }
}

public sealed record LettingDetails(
    string Title, int Number, string Street, string City, string State, int ZipCode, string CountryIsoCode);
