namespace Lettings.Web.Admin.Profiles;

/// <summary>
/// The accounts a profile's picker offers: each word typed is in the username, a name or the email. The newest first, at most
/// <see cref="PickerSearch.MaxChoices"/>, so that the database walks the primary key and stops at the
/// twentieth match (every field is a short, bounded column) instead of sorting every account.
/// </summary>
internal static class UserChoices
{
    public static IQueryable<LettingsUser> Matching(this IQueryable<LettingsUser> users, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            users = users.Where(u => u.UserName!.ToLower().Contains(word) || u.FirstName.ToLower().Contains(word)
                || u.LastName.ToLower().Contains(word) || u.Email!.ToLower().Contains(word));
        }

        return users;
    }

    public static async Task<IReadOnlyList<PickerChoice>> ReadAsync(IQueryable<LettingsUser> users, CancellationToken cancellationToken) =>
        [.. (await users.OrderByDescending(u => u.Id).Take(PickerSearch.MaxChoices)
                .Select(u => new PickerChoice(u.Id, u.UserName!)).ToListAsync(cancellationToken))];
}
