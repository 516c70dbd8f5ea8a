using Lettings.Web.Admin.Common;
using Lettings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Addresses;

public sealed class IndexModel(LettingsDbContext db) : AdminListPage<AddressRow>(AdminRecordType.Address)
{
    public override string SearchHint => "Looks in number, street, city, state, zip code and country.";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var addresses = db.Addresses.AsNoTracking();
        if (List.Term is { } term)
        {
            addresses = addresses.Where(a =>
                a.Number.ToString().Contains(term) || a.Street.ToLower().Contains(term) || a.City.ToLower().Contains(term)
                || a.State.ToLower().Contains(term) || a.ZipCode.ToString().Contains(term) || a.CountryIsoCode.ToLower().Contains(term));
        }

        Rows = await addresses
            .OrderBy(a => a.Id)
            .Select(a => new AddressRow(a.Id, a.Number, a.Street, a.City, a.State, a.ZipCode, a.CountryIsoCode, a.Letting!.Title))
            .ToPageAsync(List.Page, cancellationToken);
    }
}
