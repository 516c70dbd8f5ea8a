namespace Lettings.Web.Profiles;

/// <summary>The public pages' reads, compiled once per model: each is one index-backed statement.</summary>
internal static class ProfileQueries
{
    // As for lettings: skip along the primary key, then read the page by key range.
    private static readonly CompiledPerModel<Func<LettingsDbContext, int, int, IAsyncEnumerable<string>>> s_page = new(() =>
        EF.CompileAsyncQuery((LettingsDbContext db, int offset, int count) =>
            db.Profiles
                .Where(p => p.Id >= db.Profiles.OrderBy(first => first.Id).Select(first => first.Id).Skip(offset).First())
                .OrderBy(p => p.Id)
                .Take(count)
                .Select(p => p.User!.UserName!)));

    // Identity indexes the normalized user name; the exact name is then compared too, since usernames are case-sensitive.
    private static readonly CompiledPerModel<Func<LettingsDbContext, string, string, CancellationToken, Task<ProfileDetails?>>> s_details = new(() =>
        EF.CompileAsyncQuery((LettingsDbContext db, string normalizedUsername, string username, CancellationToken _) =>
            db.Profiles
                .Where(p => p.User!.NormalizedUserName == normalizedUsername && p.User.UserName == username)
                .Select(p => new ProfileDetails(p.User!.UserName!, p.User.FirstName, p.User.LastName, p.User.Email, p.FavoriteCity))
                .SingleOrDefault()));

    public static async Task<List<string>> PageAsync(LettingsDbContext db, int offset, int count, CancellationToken cancellationToken)
    {
        var rows = new List<string>(count);
        await foreach (var row in s_page.For(db)(db, offset, count).WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    public static Task<ProfileDetails?> DetailsAsync(LettingsDbContext db, string normalizedUsername, string username, CancellationToken cancellationToken) =>
        s_details.For(db)(db, normalizedUsername, username, cancellationToken);
}
