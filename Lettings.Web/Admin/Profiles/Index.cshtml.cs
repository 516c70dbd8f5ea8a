using Lettings.Web.Profiles;

namespace Lettings.Web.Admin.Profiles;

public sealed class IndexModel(LettingsDbContext db, TimeProvider clock) : AdminListPage<ProfileRow>(AdminRecordType.Profile)
{
    private static readonly ListColumns<Profile, ProfileRow> s_columns =
        new ListColumns<Profile, ProfileRow>(
                p => p.Id,
                p => new ProfileRow(p.Id, p.User!.UserName!, p.User.FirstName, p.User.LastName, p.FavoriteCity))
            .By("username", "Username", p => p.User!.UserName, r => r.Username)
            .By("name", "Name", p => p.User!.FirstName, r => r.FullName)
            .ByOptional("favorite", "Favorite city", p => p.FavoriteCity, r => r.FavoriteCity);

    [BindProperty(SupportsGet = true, Name = "favorite")]
    public bool? HasFavoriteCity { get; set; }

    public override string SearchHint => "Looks in username, names, email and favorite city.";

    public override IReadOnlyList<IListColumn> Headers => s_columns.Headers;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filters = [ListFilter.YesNo("favorite", "Favorite city", HasFavoriteCity, "With a favorite city", "Without")];
        Rows = await Query().ToPageAsync(List, cancellationToken);
    }

    public IActionResult OnGetCsv() => s_columns.Csv(Query(), ExportName(clock));

    public override IQueryable<ProfileRow> Query() => s_columns.Sorted(Matching(), List, db.Database);

    private IQueryable<Profile> Matching()
    {
        var profiles = db.Profiles.AsNoTracking();
        if (HasFavoriteCity is bool hasFavorite)
        {
            // Blank as well as missing: the original stored an empty favorite city as "". Each side is a plain
            // comparison of the column, so that its index serves the filter: a city is there when it sorts after ""
            // (which NULL does not), and missing when it is NULL or "".
#pragma warning disable CA1309 // Translated to SQL's ">" on the column; no comparison runs in .NET.
            profiles = hasFavorite
                ? profiles.Where(p => string.Compare(p.FavoriteCity, "") > 0)
                : profiles.Where(p => p.FavoriteCity == null || p.FavoriteCity == "");
#pragma warning restore CA1309
        }

        if (List.Term is { } term)
        {
            profiles = profiles.Where(p =>
                p.User!.UserName!.ToLower().Contains(term) || p.User.FirstName.ToLower().Contains(term)
                || p.User.LastName.ToLower().Contains(term) || p.User.Email!.ToLower().Contains(term)
                || p.FavoriteCity!.ToLower().Contains(term));
        }

        return profiles;
    }
}
