using Lettings.Web.Transfer.Format;

namespace Lettings.Web.Transfer.Export;

/// <summary>
/// Each table as records, in id order, read without tracking and streamed. Lists inside a record (a user's roles,
/// claims, logins, tokens) are sorted ordinally here (an action's changed fields by the order they were noted), so that the order does not depend on a provider's collation.
/// </summary>
internal static class ExportQueries
{
    public static IAsyncEnumerable<AddressRecord> Addresses(LettingsDbContext db) =>
        db.Addresses.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new AddressRecord(a.Id, a.Number, a.Street, a.City, a.State, a.ZipCode, a.CountryIsoCode))
            .AsAsyncEnumerable();

    public static IAsyncEnumerable<LettingRecord> Lettings(LettingsDbContext db) =>
        db.Lettings.AsNoTracking().OrderBy(l => l.Id)
            .Select(l => new LettingRecord(l.Id, l.Title, l.AddressId))
            .AsAsyncEnumerable();

    public static async IAsyncEnumerable<RoleRecord> Roles(LettingsDbContext db)
    {
        var roles = db.Roles.AsNoTracking().OrderBy(r => r.Id)
            .Select(r => new
            {
                r.Id,
                r.Name,
                Claims = db.RoleClaims.Where(c => c.RoleId == r.Id).OrderBy(c => c.Id).Select(c => new ClaimRecord(c.ClaimType, c.ClaimValue)).ToList(),
            })
            .AsSingleQuery()
            .AsAsyncEnumerable();
        await foreach (var role in roles)
        {
            yield return new RoleRecord(role.Id, role.Name ?? "", NullIfEmpty(role.Claims));
        }
    }

    public static async IAsyncEnumerable<UserRecord> Users(LettingsDbContext db)
    {
        // One query (LEFT JOINs, ordered by user id) that EF Core streams user by user; the lists are small.
        var users = db.Users.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => new
            {
                User = u,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
                Claims = db.UserClaims.Where(c => c.UserId == u.Id).OrderBy(c => c.Id).Select(c => new ClaimRecord(c.ClaimType, c.ClaimValue)).ToList(),
                Logins = db.UserLogins.Where(l => l.UserId == u.Id).Select(l => new LoginRecord(l.LoginProvider, l.ProviderKey, l.ProviderDisplayName)).ToList(),
                Tokens = db.UserTokens.Where(t => t.UserId == u.Id).Select(t => new TokenRecord(t.LoginProvider, t.Name, t.Value)).ToList(),
            })
            .AsSingleQuery()
            .AsAsyncEnumerable();
        await foreach (var row in users)
        {
            var u = row.User;
            yield return new UserRecord(
                u.Id, u.UserName ?? "", u.Email, u.EmailConfirmed, u.FirstName, u.LastName, u.DateJoined, u.LastSignIn, u.IsActive,
                u.PasswordHash, u.SecurityStamp, u.PhoneNumber, u.PhoneNumberConfirmed, u.TwoFactorEnabled,
                u.LockoutEnabled, u.LockoutEnd, u.AccessFailedCount,
                [.. row.Roles.Order(StringComparer.Ordinal)],
                NullIfEmpty(row.Claims),
                NullIfEmpty([.. row.Logins.OrderBy(l => l.Provider, StringComparer.Ordinal).ThenBy(l => l.Key, StringComparer.Ordinal)]),
                NullIfEmpty([.. row.Tokens.OrderBy(t => t.Provider, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal)]));
        }
    }

    public static IAsyncEnumerable<ProfileRecord> Profiles(LettingsDbContext db) =>
        db.Profiles.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new ProfileRecord(p.Id, p.UserId, p.FavoriteCity))
            .AsAsyncEnumerable();

    public static async IAsyncEnumerable<AdminActionRecord> AdminActions(LettingsDbContext db)
    {
        // The changed fields keep the order they were noted in (the form's), which their ids follow.
        var actions = db.AdminActions.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new
            {
                Action = a,
                Changes = a.Changes.OrderBy(c => c.Id).Select(c => new FieldChangeRecord(c.Field, c.OldValue, c.NewValue, c.ValuesHidden)).ToList(),
            })
            .AsSingleQuery()
            .AsAsyncEnumerable();
        await foreach (var row in actions)
        {
            var a = row.Action;
            yield return new AdminActionRecord(
                a.Id, a.Time, a.UserId, a.UserName, a.Kind, a.RecordType, a.RecordId, a.RecordName, a.ChangeMessage, NullIfEmpty(row.Changes));
        }
    }

    private static List<T>? NullIfEmpty<T>(List<T> items) => items.Count == 0 ? null : items;
}
