using Lettings.Web.Accounts;
using Lettings.Web.Accounts.Sessions;
using Lettings.Web.Admin.Login;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Data;
using Lettings.Web.Lettings;
using Lettings.Web.Profiles;
using Lettings.Web.Transfer.Format;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;

namespace Lettings.Tests.Transfer;

/// <summary>
/// The export is complete: every table and column of the model is carried by a record of the format, or is named
/// here with the reason it is not. A new table or column fails this test until the format (and its version) says
/// what becomes of it.
/// </summary>
public sealed class ExportCoverageTests
{
    private static readonly Dictionary<Type, Type> s_records = new()
    {
        [typeof(Address)] = typeof(AddressRecord),
        [typeof(Letting)] = typeof(LettingRecord),
        [typeof(IdentityRole<int>)] = typeof(RoleRecord),
        [typeof(IdentityRoleClaim<int>)] = typeof(ClaimRecord),
        [typeof(LettingsUser)] = typeof(UserRecord),
        [typeof(IdentityUserClaim<int>)] = typeof(ClaimRecord),
        [typeof(IdentityUserLogin<int>)] = typeof(LoginRecord),
        [typeof(IdentityUserToken<int>)] = typeof(TokenRecord),
        [typeof(Profile)] = typeof(ProfileRecord),
        [typeof(AdminAction)] = typeof(AdminActionRecord),
        [typeof(AdminActionChange)] = typeof(FieldChangeRecord),
    };

    // Tables and columns deliberately not carried, and why.
    private static readonly Dictionary<Type, string> s_tablesLeftOut = new()
    {
        [typeof(DataProtectionKey)] = "the keys of this installation: cookies of another one are no use, and keys are secrets of their own",
        [typeof(IdentityUserRole<int>)] = "carried as the names in a user's roles",
        [typeof(BackOfficeSession)] = "sessions of this installation, protected by its own keys: everybody signs in again",
        [typeof(UnknownUsernameFailure)] = "short-lived sign-in failure counts (15 minutes), not data",
    };

    private static readonly Dictionary<string, string> s_columnsLeftOut = new()
    {
        ["Version"] = "a concurrency token, renewed on every save",
        ["ConcurrencyStamp"] = "a concurrency token, renewed on every save",
        ["NormalizedUserName"] = "derived from the username",
        ["NormalizedEmail"] = "derived from the email",
        ["NormalizedName"] = "derived from the role name",
        ["IdentityRoleClaim`1.Id"] = "generated; the claims keep their order",
        ["IdentityUserClaim`1.Id"] = "generated; the claims keep their order",
        ["IdentityRoleClaim`1.RoleId"] = "the claim sits inside its role",
        ["IdentityUserClaim`1.UserId"] = "the claim sits inside its user",
        ["IdentityUserLogin`1.UserId"] = "the login sits inside its user",
        ["IdentityUserToken`1.UserId"] = "the token sits inside its user",
        ["AdminActionChange.Id"] = "generated; the changes keep their order",
        ["AdminActionChange.AdminActionId"] = "the change sits inside its action",
    };

    // Columns the format names differently.
    private static readonly Dictionary<string, string> s_renamed = new()
    {
        ["ClaimType"] = "Type",
        ["ClaimValue"] = "Value",
        ["LoginProvider"] = "Provider",
        ["ProviderKey"] = "Key",
        ["ProviderDisplayName"] = "DisplayName",
    };

    [Fact]
    public void Every_table_of_the_model_is_carried_or_left_out_with_a_reason()
    {
        var tables = Model().GetEntityTypes().Select(e => e.ClrType).ToList();

        Assert.DoesNotContain(tables, t => !s_records.ContainsKey(t) && !s_tablesLeftOut.ContainsKey(t));
    }

    [Fact]
    public void Every_column_of_a_carried_table_is_a_field_of_its_record_or_left_out_with_a_reason()
    {
        var missing =
            from entity in Model().GetEntityTypes()
            where s_records.ContainsKey(entity.ClrType)
            from property in entity.GetProperties()
            let field = s_renamed.GetValueOrDefault(property.Name, property.Name)
            where !s_columnsLeftOut.ContainsKey(property.Name)
                && !s_columnsLeftOut.ContainsKey($"{entity.ClrType.Name}.{property.Name}")
                && s_records[entity.ClrType].GetProperty(field) is null
            select $"{entity.ClrType.Name}.{property.Name}";

        Assert.Empty(missing);
    }

    private static Microsoft.EntityFrameworkCore.Metadata.IModel Model()
    {
        using var db = new SqliteLettingsDbContext(new DbContextOptionsBuilder<SqliteLettingsDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Model;
    }
}
