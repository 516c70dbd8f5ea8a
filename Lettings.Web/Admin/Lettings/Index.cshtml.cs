using Lettings.Web.Lettings;

namespace Lettings.Web.Admin.Lettings;

public sealed class IndexModel(LettingsDbContext db, TimeProvider clock) : AdminListPage<LettingRow>(AdminRecordType.Letting)
{
    private static readonly ListColumns<Letting, LettingRow> s_columns =
        new ListColumns<Letting, LettingRow>(
                l => l.Id,
                l => new LettingRow(l.Id, l.Title, l.Address!.Number, l.Address.Street, l.Address.City, l.Address.State))
            .By("title", "Title", l => l.Title, r => r.Title)
            .By("street", "Address", l => l.Address!.Street, r => r.Address)
            .By("city", "City", l => l.Address!.City, r => r.City)
            .By("state", "State", l => l.Address!.State, r => r.State);

    [BindProperty(SupportsGet = true, Name = "state")]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "city")]
    public string? City { get; set; }

    public override string SearchHint => "Looks in title, street and city.";

    public override IReadOnlyList<IListColumn> Headers => s_columns.Headers;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The cities offered are those of the state chosen, if one is.
        var addresses = db.Lettings.Select(l => l.Address!);
        var cities = State is null ? addresses : addresses.Where(a => a.State == State);
        Filters =
        [
            new("state", "State", State, await ListChoice.DistinctAsync(addresses.Select(a => a.State), cancellationToken)),
            new("city", "City", City, await ListChoice.DistinctAsync(cities.Select(a => a.City), cancellationToken)),
        ];
        Rows = await Query().ToPageAsync(List, cancellationToken);
    }

    public IActionResult OnGetCsv() => s_columns.Csv(Query(), ExportName(clock));

    public override IQueryable<LettingRow> Query() => s_columns.Sorted(Matching(), List, db.Database);

    private IQueryable<Letting> Matching()
    {
        var lettings = db.Lettings.AsNoTracking();
        if (State is not null)
        {
            lettings = lettings.Where(l => l.Address!.State == State);
        }

        if (City is not null)
        {
            lettings = lettings.Where(l => l.Address!.City == City);
        }

        if (List.Term is { } term)
        {
            lettings = lettings.Where(l =>
                l.Title.ToLower().Contains(term) || l.Address!.Street.ToLower().Contains(term) || l.Address.City.ToLower().Contains(term));
        }

        return lettings;
    }
}
