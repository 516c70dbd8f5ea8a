using Lettings.Web.Admin.Common;
using Lettings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Addresses;

public sealed class IndexModel(LettingsDbContext db) : AdminListModel<AddressRow>
{
    public override AdminListInfo Info { get; } = new(
        AdminRecordType.Address, ["Address", "City", "State", "Zip code", "Country", "Letting"],
        "Looks in number, street, city, state, zip code and country.");

    protected override IQueryable<AddressRow> Query(string? search) =>
        db.Addresses.AsNoTracking()
            .WhereAnyContains(search, a => a.Number, a => a.Street, a => a.City, a => a.State, a => a.ZipCode, a => a.CountryIsoCode)
            .OrderBy(a => a.Id)
            .Select(a => new AddressRow(a.Id, a.Number, a.Street, a.City, a.State, a.ZipCode, a.CountryIsoCode, a.Letting!.Title));
}

public sealed record AddressRow(int Id, int Number, string Street, string City, string State, int ZipCode, string Country, string? Letting)
    : IAdminRow
{
    public IReadOnlyList<string> Cells =>
        [$"{Number} {Street}", City, State, ZipCode.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), Country, Letting ?? "—"];
}
