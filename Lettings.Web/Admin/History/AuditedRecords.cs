using Address = global::Lettings.Web.Lettings.Address;
using Letting = global::Lettings.Web.Lettings.Letting;
using Profile = global::Lettings.Web.Profiles.Profile;

namespace Lettings.Web.Admin.History;

/// <summary>The records the back office keeps a history of, and how their values read on the history page.</summary>
internal static class AuditedRecords
{
    public static readonly AuditedRecord Addresses = new(typeof(Address), AdminRecordType.Address,
        [
            new(nameof(Address.Number), "Number"),
            new(nameof(Address.Street), "Street"),
            new(nameof(Address.City), "City"),
            new(nameof(Address.State), "State"),
            new(nameof(Address.ZipCode), "Zip code"),
            new(nameof(Address.CountryIsoCode), "Country ISO code"),
        ],
        record => ((Address)record).Id);

    public static readonly AuditedRecord Lettings = new(typeof(Letting), AdminRecordType.Letting,
        [
            new(nameof(Letting.Title), "Title"),
            new(nameof(Letting.AddressId), "Address", References: typeof(Address)),
        ],
        record => ((Letting)record).Id);

    public static readonly AuditedRecord Profiles = new(typeof(Profile), AdminRecordType.Profile,
        [
            new(nameof(Profile.UserId), "User", References: typeof(LettingsUser)),
            new(nameof(Profile.FavoriteCity), "Favorite city"),
        ],
        record => ((Profile)record).Id);

    public static readonly AuditedRecord Users = new(typeof(LettingsUser), AdminRecordType.User,
        [
            new(nameof(LettingsUser.UserName), "Username"),
            new(nameof(LettingsUser.Email), "Email"),
            new(nameof(LettingsUser.FirstName), "First name"),
            new(nameof(LettingsUser.LastName), "Last name"),
            new(nameof(LettingsUser.IsActive), "Active"),
            new(nameof(LettingsUser.PasswordHash), "Password", IsSecret: true),
            new(nameof(LettingsUser.TwoFactorEnabled), "Two-factor sign-in"),
        ],
        record => ((LettingsUser)record).Id);

    private static readonly AuditedRecord[] s_all = [Addresses, Lettings, Profiles, Users];

    public static AuditedRecord? For(Type entityType) => s_all.FirstOrDefault(r => r.EntityType == entityType);

    public static AuditedRecord? For(AdminRecordType type) => s_all.FirstOrDefault(r => r.RecordType == type);

    /// <summary>How a record is named in the back office (its list's first column), or null when it does not exist.</summary>
    public static async Task<string?> NameOfAsync(LettingsDbContext db, Type entityType, int id, CancellationToken cancellationToken)
    {
        if (entityType == typeof(Address))
        {
            var address = await db.Addresses.AsNoTracking().Where(a => a.Id == id)
                .Select(a => new Address { Number = a.Number, Street = a.Street }).SingleOrDefaultAsync(cancellationToken);
            return address?.ToString();
        }

        if (entityType == typeof(Letting))
        {
            return await db.Lettings.AsNoTracking().Where(l => l.Id == id).Select(l => l.Title).SingleOrDefaultAsync(cancellationToken);
        }

        if (entityType == typeof(Profile))
        {
            return await db.Profiles.AsNoTracking().Where(p => p.Id == id).Select(p => p.User!.UserName).SingleOrDefaultAsync(cancellationToken);
        }

        return entityType == typeof(LettingsUser)
            ? await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.UserName).SingleOrDefaultAsync(cancellationToken)
            : null;
    }

    /// <summary>A value as the history page shows it: text as it is, Yes/No, numbers and times in the invariant culture.</summary>
    public static string? Format(object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            bool b => b ? "Yes" : "No",
            DateTimeOffset time => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.Length <= AdminActionChange.ValueMaxLength
            ? text
            : text[..(AdminActionChange.ValueMaxLength - 1)] + "…";
    }
}
