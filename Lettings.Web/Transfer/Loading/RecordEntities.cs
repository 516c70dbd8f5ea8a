using System.Security.Cryptography;
using Lettings.Web.Lettings;
using Lettings.Web.Profiles;
using Lettings.Web.Transfer.Format;

namespace Lettings.Web.Transfer.Loading;

/// <summary>Records as the entities the site stores, with what the file does not carry computed afresh.</summary>
internal static class RecordEntities
{
    public static Address ToEntity(this AddressRecord a) => new()
    {
        Id = a.Id,
        Number = a.Number,
        Street = a.Street,
        City = a.City,
        State = a.State,
        ZipCode = a.ZipCode,
        CountryIsoCode = a.CountryIsoCode,
    };

    public static Letting ToEntity(this LettingRecord l) => new() { Id = l.Id, Title = l.Title, AddressId = l.AddressId };

    public static IdentityRole<int> ToEntity(this RoleRecord r, ILookupNormalizer normalizer) => new()
    {
        Id = r.Id,
        Name = r.Name,
        NormalizedName = normalizer.NormalizeName(r.Name),
        ConcurrencyStamp = Guid.NewGuid().ToString(),
    };

    public static LettingsUser ToEntity(this UserRecord u, ILookupNormalizer normalizer) => new()
    {
        Id = u.Id,
        UserName = u.UserName,
        NormalizedUserName = normalizer.NormalizeName(u.UserName),
        Email = u.Email,
        NormalizedEmail = u.Email is null ? null : normalizer.NormalizeEmail(u.Email),
        EmailConfirmed = u.EmailConfirmed,
        FirstName = u.FirstName,
        LastName = u.LastName,
        DateJoined = u.DateJoined.ToUniversalTime(),
        LastSignIn = u.LastSignIn?.ToUniversalTime(),
        IsActive = u.IsActive,
        PasswordHash = u.PasswordHash,

        // An account without a stamp cannot sign in with Identity; Django has none, so it gets a new one.
        SecurityStamp = u.SecurityStamp ?? Convert.ToHexString(RandomNumberGenerator.GetBytes(20)),
        ConcurrencyStamp = Guid.NewGuid().ToString(),
        PhoneNumber = u.PhoneNumber,
        PhoneNumberConfirmed = u.PhoneNumberConfirmed,
        TwoFactorEnabled = u.TwoFactorEnabled,
        LockoutEnabled = u.LockoutEnabled,
        LockoutEnd = u.LockoutEnd?.ToUniversalTime(),
        AccessFailedCount = u.AccessFailedCount,
    };

    public static Profile ToEntity(this ProfileRecord p) => new() { Id = p.Id, UserId = p.UserId, FavoriteCity = p.FavoriteCity };

    public static AdminAction ToEntity(this AdminActionRecord a) => new()
    {
        Id = a.Id,
        Time = a.Time.ToUniversalTime(),
        UserId = a.UserId,
        UserName = a.UserName,
        Kind = a.Kind,
        RecordType = a.RecordType,
        RecordId = a.RecordId,
        RecordName = a.RecordName,
        ChangeMessage = a.ChangeMessage,
    };

    public static AdminActionChange ToEntity(this FieldChangeRecord c, int adminActionId) => new()
    {
        AdminActionId = adminActionId,
        Field = c.Field,
        OldValue = c.OldValue,
        NewValue = c.NewValue,
        ValuesHidden = c.ValuesHidden,
    };
}
