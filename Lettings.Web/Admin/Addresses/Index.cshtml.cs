using Lettings.Web.Lettings;

namespace Lettings.Web.Admin.Addresses;

public sealed class IndexModel(LettingsDbContext db, TimeProvider clock) : AdminListPage<AddressRow>(AdminRecordType.Address)
{
    private static readonly ListColumns<Address, AddressRow> s_columns =
        new ListColumns<Address, AddressRow>(
                a => a.Id,
                a => new AddressRow(a.Id, a.Number, a.Street, a.City, a.State, a.ZipCode, a.CountryIsoCode, a.Letting!.Title))
            .By("street", "Address", a => a.Street, r => r.Name)
            .By("city", "City", a => a.City, r => r.City)
            .By("state", "State", a => a.State, r => r.State)
            .By("zip", "Zip code", a => a.ZipCode, r => r.ZipCode.ToString("D5", CultureInfo.InvariantCulture))
            .By("country", "Country", a => a.CountryIsoCode, r => r.Country)
            .ByOptional("letting", "Letting", a => a.Letting!.Title, r => r.LettingTitle);

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "country")]
    public string? Country { get; set; }

    public override string SearchHint => "Looks in number, street, city, state, zip code and country.";

    public override IReadOnlyList<IListColumn> Headers => s_columns.Headers;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filters =
        [
            new("state", "State", State, await ListChoice.DistinctAsync(db.Addresses.Select(a => a.State), cancellationToken)),
            new("country", "Country", Country, await ListChoice.DistinctAsync(db.Addresses.Select(a => a.CountryIsoCode), cancellationToken)),
        ];
        Rows = await Query().ToPageAsync(List, cancellationToken);
    }

    public IActionResult OnGetCsv() => s_columns.Csv(Query(), ExportName(clock));

    public override IQueryable<AddressRow> Query() => s_columns.Sorted(Matching(), List, db.Database);

    private IQueryable<Address> Matching()
    {
        var addresses = db.Addresses.AsNoTracking();
        if (State is not null)
        {
            addresses = addresses.Where(a => a.State == State);
        }

        if (Country is not null)
        {
            addresses = addresses.Where(a => a.CountryIsoCode == Country);
        }

        if (List.Term is { } term)
        {
            addresses = addresses.Where(a =>
                a.Number.ToString().Contains(term) || a.Street.ToLower().Contains(term) || a.City.ToLower().Contains(term)
                || a.State.ToLower().Contains(term) || a.ZipCode.ToString().Contains(term) || a.CountryIsoCode.ToLower().Contains(term));
        }

        return addresses;
    }
}
