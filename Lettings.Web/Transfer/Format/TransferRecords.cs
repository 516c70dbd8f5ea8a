using System.Text.Json.Serialization;

namespace Lettings.Web.Transfer.Format;

// The records of an export file, one type per kind of row, in the file's property names (camelCase in JSON).
// docs/operations.md describes every field. Derived values (normalized names), concurrency tokens and generated
// ids of claims and field changes are not carried: the import computes them afresh. Empty claim, login, token and change lists are left out.

public sealed record AddressRecord(int Id, int Number, string Street, string City, string State, int ZipCode, string CountryIsoCode);

public sealed record LettingRecord(int Id, string Title, int AddressId);

public sealed record RoleRecord(
    int Id,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ClaimRecord>? Claims = null);

public sealed record UserRecord(
    int Id,
    string UserName,
    string? Email,
    bool EmailConfirmed,
    string FirstName,
    string LastName,
    DateTimeOffset DateJoined,
    DateTimeOffset? LastSignIn,
    bool IsActive,
    string? PasswordHash,
    string? SecurityStamp,
    string? PhoneNumber,
    bool PhoneNumberConfirmed,
    bool TwoFactorEnabled,
    bool LockoutEnabled,
    DateTimeOffset? LockoutEnd,
    int AccessFailedCount,
    IReadOnlyList<string> Roles,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ClaimRecord>? Claims = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<LoginRecord>? Logins = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TokenRecord>? Tokens = null);

public sealed record ClaimRecord(string? Type, string? Value);

public sealed record LoginRecord(string Provider, string Key, string? DisplayName);

public sealed record TokenRecord(string Provider, string Name, string? Value);

public sealed record ProfileRecord(int Id, int UserId, string? FavoriteCity);

public sealed record AdminActionRecord(
    int Id,
    DateTimeOffset Time,
    int? UserId,
    string UserName,
    AdminActionKind Kind,
    string RecordType,
    int RecordId,
    string RecordName,
    string? ChangeMessage,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<FieldChangeRecord>? Changes = null);

/// <summary>A field a recent action changed, with its values before and after (none when they are hidden).</summary>
public sealed record FieldChangeRecord(string Field, string? OldValue, string? NewValue, bool ValuesHidden);

/// <summary>How many records of each kind a file holds (its header), or a source delivered.</summary>
public sealed record RecordCounts(int Addresses, int Lettings, int Roles, int Users, int Profiles, int AdminActions)
{
    [JsonIgnore]
    public int Total => Addresses + Lettings + Roles + Users + Profiles + AdminActions;
}
