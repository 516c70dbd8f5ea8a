namespace Lettings.Web.Lettings;

/// <summary>The public pages' reads, compiled once per model: each is one index-backed statement.</summary>
internal static class LettingQueries
{
    // The page starts at the id found by skipping along the primary key (an index-only walk), then reads its rows by
    // key range: a middle page of a large catalogue costs no more rows read than the skip itself.
    private static readonly CompiledPerModel<Func<LettingsDbContext, int, int, IAsyncEnumerable<LettingListItem>>> s_page = new(() =>
        EF.CompileAsyncQuery((LettingsDbContext db, int offset, int count) =>
            db.Lettings
                .Where(l => l.Id >= db.Lettings.OrderBy(first => first.Id).Select(first => first.Id).Skip(offset).First())
                .OrderBy(l => l.Id)
                .Take(count)
                .Select(l => new LettingListItem(l.Id, l.Title))));

    private static readonly CompiledPerModel<Func<LettingsDbContext, int, CancellationToken, Task<LettingDetails?>>> s_details = new(() =>
        EF.CompileAsyncQuery((LettingsDbContext db, int id, CancellationToken _) =>
            db.Lettings
                .Where(l => l.Id == id)
                .Select(l => new LettingDetails(
                    l.Title, l.Address!.Number, l.Address.Street, l.Address.City,
                    l.Address.State, l.Address.ZipCode, l.Address.CountryIsoCode))
                .SingleOrDefault()));

    public static async Task<List<LettingListItem>> PageAsync(LettingsDbContext db, int offset, int count, CancellationToken cancellationToken)
    {
        var rows = new List<LettingListItem>(count);
        await foreach (var row in s_page.For(db)(db, offset, count).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public static Task<LettingDetails?> DetailsAsync(LettingsDbContext db, int id, CancellationToken cancellationToken) =>
        s_details.For(db)(db, id, cancellationToken);
}
