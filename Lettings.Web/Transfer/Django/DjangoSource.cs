using Lettings.Web.Admin.Accounts;
using Lettings.Web.Transfer.Format;
using Lettings.Web.Transfer.Loading;

namespace Lettings.Web.Transfer.Django;

/// <summary>
/// Reads the original site's tables into the loader, mapped to the new site's records: Django's staff and
/// superuser flags become the Staff and Administrator roles, its admin log the recent actions. What has no place
/// in the new site is named in the report.
/// </summary>
internal sealed class DjangoSource(DjangoDatabase django)
{
    private const int StaffRoleId = 1;
    private const int AdministratorRoleId = 2;
    private const string RolesTable = "(is_staff, is_superuser)";

    // Django's action_flag values (django.contrib.admin.models).
    private static readonly Dictionary<int, AdminActionKind> s_actionFlags = new()
    {
        [1] = AdminActionKind.Added,
        [2] = AdminActionKind.Changed,
        [3] = AdminActionKind.Deleted,
    };

    // The original's models, by content type, as the back office names its record types.
    private static readonly Dictionary<string, string> s_recordTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["address"] = AdminRecordType.Address.Singular,
        ["letting"] = AdminRecordType.Letting.Singular,
        ["profile"] = AdminRecordType.Profile.Singular,
        ["user"] = AdminRecordType.User.Singular,
    };

    public async Task CopyToAsync(DatabaseLoader loader, CancellationToken cancellationToken)
    {
        await foreach (var row in django.RowsAsync(DjangoSchema.Addresses, cancellationToken))
        {
            await Read(loader, DjangoSchema.Addresses, row, () => loader.AddAsync(new AddressRecord(
                row.Id, row.WholeNumber("number"), row.Text("street"), row.Text("city"), row.Text("state"), row.WholeNumber("zip_code"), row.Text("country_iso_code")),
                Table(DjangoSchema.Addresses), cancellationToken));
        }

        await foreach (var row in django.RowsAsync(DjangoSchema.Lettings, cancellationToken))
        {
            await Read(loader, DjangoSchema.Lettings, row, () => loader.AddAsync(
                new LettingRecord(row.Id, row.Text("title"), row.WholeNumber("address_id")), Table(DjangoSchema.Lettings), cancellationToken));
        }

        await loader.AddAsync(new RoleRecord(StaffRoleId, Staff.Role), RolesTable, cancellationToken);
        await loader.AddAsync(new RoleRecord(AdministratorRoleId, Staff.AdministratorRole), RolesTable, cancellationToken);

        var usernames = new Dictionary<int, string>();
        await foreach (var row in django.RowsAsync(DjangoSchema.Users, cancellationToken))
        {
            await Read(loader, DjangoSchema.Users, row, () =>
            {
                var user = User(row, loader.Report);
                usernames[user.Id] = user.UserName;
                return loader.AddAsync(user, Table(DjangoSchema.Users), cancellationToken);
            });
        }

        await foreach (var row in django.RowsAsync(DjangoSchema.Profiles, cancellationToken))
        {
            await Read(loader, DjangoSchema.Profiles, row, () => loader.AddAsync(
                new ProfileRecord(row.Id, row.WholeNumber("user_id"), NullIfEmpty(row.Text("favorite_city"))), Table(DjangoSchema.Profiles), cancellationToken));
        }

        var contentTypes = await ContentTypesAsync(loader, cancellationToken);
        await foreach (var row in django.RowsAsync(DjangoSchema.AdminLog, cancellationToken))
        {
            await Read(loader, DjangoSchema.AdminLog, row, () =>
                AdminAction(row, contentTypes, usernames, loader.Report) is { } action
                    ? loader.AddAsync(action, Table(DjangoSchema.AdminLog), cancellationToken)
                    : Task.CompletedTask);
        }

        foreach (var (table, what) in DjangoSchema.LeftOut)
        {
            if (django.HasTable(table) && await django.CountAsync(table, cancellationToken) is var count and > 0)
            {
                loader.Report.Skip($"{django.TableName(table)}: {count} {what}.");
            }
        }
    }

    private static UserRecord User(DjangoRow row, ImportReport report)
    {
        var username = row.Text("username");
        var (hash, whyNot) = DjangoPasswords.Classify(row.Text("password"));
        if (whyNot is not null)
        {
            report.PasswordNotKept(row.Id, username, whyNot);
        }

        var superuser = row.Bool("is_superuser");
        List<string> roles = superuser ? [Staff.Role, Staff.AdministratorRole] : row.Bool("is_staff") ? [Staff.Role] : [];
        return new UserRecord(
            row.Id, username, NullIfEmpty(row.Text("email")), EmailConfirmed: false,
            row.Text("first_name"), row.Text("last_name"), row.Timestamp("date_joined"), row.NullableTimestamp("last_login"),
            row.Bool("is_active"), hash, SecurityStamp: null, PhoneNumber: null, PhoneNumberConfirmed: false, TwoFactorEnabled: false,
            LockoutEnabled: true, LockoutEnd: null, AccessFailedCount: 0, roles);
    }

    private AdminActionRecord? AdminAction(
        DjangoRow row, Dictionary<int, (string App, string Model)> contentTypes, Dictionary<int, string> usernames, ImportReport report)
    {
        var entry = $"{Table(DjangoSchema.AdminLog)} id {row.Id}";
        var known = row.NullableWholeNumber("content_type_id") is int typeId && contentTypes.TryGetValue(typeId, out var type) ? type : default;
        if (known.Model is null || !s_recordTypes.TryGetValue(known.Model, out var recordType))
        {
            var about = known.Model is null ? "no known kind of record" : $"{known.App}.{known.Model}";
            report.Skip($"{entry}: it is about {about}, which the new site does not have.");
            return null;
        }

        if (!int.TryParse(row.NullableText("object_id"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var recordId))
        {
            report.Skip($"{entry}: its record id '{row.NullableText("object_id")}' is not a number.");
            return null;
        }

        if (!s_actionFlags.TryGetValue(row.WholeNumber("action_flag"), out var kind))
        {
            report.Skip($"{entry}: its action flag {row.WholeNumber("action_flag")} is not addition, change or deletion.");
            return null;
        }

        var userId = row.WholeNumber("user_id");
        if (!usernames.TryGetValue(userId, out var username))
        {
            report.Skip($"{entry}: its user {userId} is not in {Table(DjangoSchema.Users)}.");
            return null;
        }

        return new AdminActionRecord(
            row.Id, row.Timestamp("action_time"), userId, username, kind, recordType, recordId, row.Text("object_repr"),
            NullIfEmpty(row.Text("change_message")));
    }

    private async Task<Dictionary<int, (string App, string Model)>> ContentTypesAsync(DatabaseLoader loader, CancellationToken cancellationToken)
    {
        var types = new Dictionary<int, (string, string)>();
        await foreach (var row in django.RowsAsync(DjangoSchema.ContentTypes, cancellationToken))
        {
            await Read(loader, DjangoSchema.ContentTypes, row, () =>
            {
                types[row.Id] = (row.Text("app_label"), row.Text("model"));
                return Task.CompletedTask;
            });
        }

        return types;
    }

    // A value of the wrong type is that row's problem, reported with its table and id like any broken rule.
    private async Task Read(DatabaseLoader loader, string table, DjangoRow row, Func<Task> add)
    {
        try
        {
            await add();
        }
        catch (DjangoValueException e)
        {
            loader.Reject(Table(table), row.Id, e.Message);
        }
    }

    private string Table(string table) => django.TableName(table);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
