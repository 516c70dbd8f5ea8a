using AngleSharp.Html.Dom;
using Lettings.Web.Admin.Accounts;
using Lettings.Web.Admin.Users;

namespace Lettings.Tests.Admin;

/// <summary>
/// Administrators manage accounts and roles; <c>create-admin</c> makes one; the last administrator cannot be
/// demoted or deleted, also when two administrators demote or delete each other at the same moment.
/// </summary>
public abstract class RolesTests(LettingsApp app)
{
    [Fact]
    public async Task Create_admin_makes_an_administrator_who_manages_accounts()
    {
        var username = "first-admin-" + Unique();
        var account = await StaffAccounts.CreateWithCommandAsync(app, username);

        Assert.Equal([Staff.AdministratorRole, Staff.Role], (await RolesOfAsync(username)).Order(StringComparer.Ordinal));
        var browser = new AdminBrowser(app);
        using (var signIn = await browser.SignInAsync(account.Username, account.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        }

        await browser.GetAsync("/admin/users/");
    }

    [Fact]
    public async Task An_administrator_makes_a_member_of_staff_an_administrator_and_the_history_notes_the_role()
    {
        var admin = await AdminBrowser.SignedInStaffAsync(app);
        var username = "promoted-" + Unique();
        var account = await StaffAccounts.CreateAsync(app, username, administrator: false);
        var id = await IdOfAsync(username);

        using var saved = await admin.SubmitAsync($"/admin/users/{id}/change/", new() { ["Form.IsAdministrator"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(Staff.AdministratorRole, await RolesOfAsync(username));
        var history = await admin.GetAsync($"/admin/users/{id}/history/");
        Assert.Contains("Administrator role No Yes", history.QuerySelectorAll(".admin-history-changes tbody tr").Select(r => r.NormalizedText()));
        var promoted = new AdminBrowser(app);
        using (await promoted.SignInAsync(account.Username, account.Password))
        {
            await promoted.GetAsync("/admin/users/");
        }
    }

    [Fact]
    public async Task An_administrator_is_staff_too()
    {
        var admin = await AdminBrowser.SignedInStaffAsync(app);
        var username = "not-staff-" + Unique();
        await StaffAccounts.CreateMemberAsync(app, username);
        var id = await IdOfAsync(username);

        using var refused = await admin.SubmitAsync($"/admin/users/{id}/change/", new() { ["Form.IsAdministrator"] = "true" });

        Assert.Equal(EditModel.AdministratorIsStaffMessage, FieldError(await ParseAsync(refused), "IsAdministrator"));
        Assert.Empty(await RolesOfAsync(username));
    }

    [Fact]
    public async Task The_last_administrator_cannot_take_the_right_away_from_themselves()
    {
        var last = "last-admin-" + Unique();
        var browser = await AdminBrowser.SignedInStaffAsync(app, last);
        await KeepOnlyAdministratorsAsync(last);

        using var refused = await browser.SubmitAsync($"/admin/users/{await IdOfAsync(last)}/change/", new() { ["Form.IsAdministrator"] = AdminBrowser.Unchecked });

        Assert.Equal(AdministratorGuard.LastAdministratorMessage, FieldError(await ParseAsync(refused), "IsAdministrator"));
        Assert.Equal([Staff.AdministratorRole, Staff.Role], (await RolesOfAsync(last)).Order(StringComparer.Ordinal));
        await browser.GetAsync("/admin/users/");
    }

    [Fact]
    public async Task Two_administrators_demoting_each_other_at_once_leave_one_administrator()
    {
        var responses = await DuelAsync(otherId => ($"/admin/users/{otherId}/change/", new() { ["Form.IsAdministrator"] = AdminBrowser.Unchecked }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Redirect], responses.Order());
        Assert.Single(await AdministratorsAsync());
    }

    [Fact]
    public async Task Two_administrators_deleting_each_other_at_once_leave_one_administrator()
    {
        var responses = await DuelAsync(otherId => ($"/admin/users/{otherId}/delete/", []));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Redirect], responses.Order());
        Assert.Single(await AdministratorsAsync());
    }

    /// <summary>
    /// Two administrators, the only ones, each with the other's form open (as two people at two desks would have
    /// it), send them at the same moment.
    /// </summary>
    private async Task<HttpStatusCode[]> DuelAsync(Func<int, (string Url, Dictionary<string, string> Changes)> form)
    {
        var names = new[] { "duel-a-" + Unique(), "duel-b-" + Unique() };
        var browsers = new[] { await AdminBrowser.SignedInStaffAsync(app, names[0]), await AdminBrowser.SignedInStaffAsync(app, names[1]) };
        await KeepOnlyAdministratorsAsync(names);
        var targets = new[] { await IdOfAsync(names[1]), await IdOfAsync(names[0]) };
        var sends = new List<Func<Task<HttpResponseMessage>>>();
        for (var i = 0; i < 2; i++)
        {
            var (url, changes) = form(targets[i]);
            var page = await browsers[i].GetAsync(url);
            var browser = browsers[i];
            sends.Add(() => browser.SubmitAsync(page, url, changes));
        }

        var responses = await Task.WhenAll(sends.Select(send => Task.Run(send)));
        foreach (var response in responses)
        {
            response.Dispose();
        }

        return [.. responses.Select(r => r.StatusCode)];
    }

    private Task<IReadOnlyList<int>> AdministratorsAsync() =>
        app.WithDbAsync(db => new AdministratorGuard(db).AdministratorsAsync(CancellationToken.None));

    // Tests of one class run one after the other on one database: each arranges the administrators it needs.
    private Task<int> KeepOnlyAdministratorsAsync(params string[] usernames) => app.WithDbAsync(async db =>
    {
        var role = await db.Roles.SingleAsync(r => r.Name == Staff.AdministratorRole);
        var kept = await db.Users.Where(u => usernames.Contains(u.UserName!)).Select(u => u.Id).ToListAsync();
        return await db.UserRoles.Where(m => m.RoleId == role.Id && !kept.Contains(m.UserId)).ExecuteDeleteAsync();
    });

    private Task<int> IdOfAsync(string username) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync());

    private Task<List<string>> RolesOfAsync(string username) => app.WithDbAsync(db =>
        db.UserRoles.Where(m => db.Users.Any(u => u.Id == m.UserId && u.UserName == username))
            .Join(db.Roles, m => m.RoleId, r => r.Id, (m, r) => r.Name!)
            .ToListAsync());

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
    }

    private static string FieldError(IHtmlDocument page, string field) =>
        page.QuerySelector($"#Form_{field}-error")?.NormalizedText() ?? throw new Xunit.Sdk.XunitException($"no message element for {field}");

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];
}

public sealed class RolesOnSqlite(SqliteApp app) : RolesTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class RolesOnPostgres(PostgresApp app) : RolesTests(app), IClassFixture<PostgresApp>;
