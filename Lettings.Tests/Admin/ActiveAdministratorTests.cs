using AngleSharp.Html.Dom;
using Lettings.Web.Admin.Accounts;
using Lettings.Web.Admin.Users;

namespace Lettings.Tests.Admin;

/// <summary>
/// Only active administrators count: the last active one cannot be demoted, deactivated or deleted, even when
/// deactivated administrators remain; nobody deactivates their own account; a deactivated account cannot sign in; staff
/// who are not administrators read the home's actions on user accounts as text, without links to pages they may not open.
/// </summary>
public abstract class ActiveAdministratorTests(LettingsApp app)
{
    [Fact]
    public async Task The_last_active_administrator_cannot_be_deactivated_demoted_or_deleted_beside_a_deactivated_one()
    {
        var last = "active-admin-" + Unique();
        var asleep = "asleep-admin-" + Unique();
        var browser = await AdminBrowser.SignedInStaffAsync(app, last);
        await StaffAccounts.CreateAsync(app, asleep);
        await KeepOnlyAdministratorsAsync(last, asleep);
        var sleeperId = await IdOfAsync(asleep);
        using (var deactivated = await browser.SubmitAsync($"/admin/users/{sleeperId}/change/", new() { ["Form.IsActive"] = AdminBrowser.Unchecked }))
        {
            Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        }

        // Another administrator, active, signs in and tries to take the last one's rights in every way.
        var other = "other-admin-" + Unique();
        var otherBrowser = await AdminBrowser.SignedInStaffAsync(app, other);
        await KeepOnlyAdministratorsAsync(last, asleep);
        var lastId = await IdOfAsync(last);
        var change = $"/admin/users/{lastId}/change/";

        using var deactivate = await otherBrowser.SubmitAsync(change, new() { ["Form.IsActive"] = AdminBrowser.Unchecked });
        Assert.Equal(AdministratorGuard.LastAdministratorMessage, FieldError(await ParseAsync(deactivate), "IsActive"));
        using var demote = await otherBrowser.SubmitAsync(change, new() { ["Form.IsAdministrator"] = AdminBrowser.Unchecked });
        Assert.Equal(AdministratorGuard.LastAdministratorMessage, FieldError(await ParseAsync(demote), "IsAdministrator"));
        var delete = await otherBrowser.GetAsync($"/admin/users/{lastId}/delete/");
        Assert.Contains(AdministratorGuard.LastAdministratorMessage, delete.Body!.NormalizedText(), StringComparison.Ordinal);
        using var deleted = await otherBrowser.SubmitAsync(delete, $"/admin/users/{lastId}/delete/", []);
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);

        Assert.Equal([lastId], await app.WithDbAsync(db => new AdministratorGuard(db).AdministratorsAsync(CancellationToken.None)));
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.Id == lastId).Select(u => u.IsActive).SingleAsync()));

        // With the sleeper active again, the same deactivation goes through.
        using (var woken = await browser.SubmitAsync($"/admin/users/{sleeperId}/change/", new() { ["Form.IsActive"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, woken.StatusCode);
        }

        using var allowed = await otherBrowser.SubmitAsync(change, new() { ["Form.IsActive"] = AdminBrowser.Unchecked });
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }

    [Fact]
    public async Task Nobody_deactivates_their_own_account_and_a_deactivated_account_cannot_sign_in()
    {
        var name = "self-" + Unique();
        var browser = await AdminBrowser.SignedInStaffAsync(app, name);
        var id = await IdOfAsync(name);

        using var own = await browser.SubmitAsync($"/admin/users/{id}/change/", new() { ["Form.IsActive"] = AdminBrowser.Unchecked });
        Assert.Equal(EditModel.OwnActiveMessage, FieldError(await ParseAsync(own), "IsActive"));

        var member = "deactivated-" + Unique();
        var account = await StaffAccounts.CreateAsync(app, member, administrator: false);
        var memberId = await IdOfAsync(member);
        using (var deactivated = await browser.SubmitAsync($"/admin/users/{memberId}/change/", new() { ["Form.IsActive"] = AdminBrowser.Unchecked }))
        {
            Assert.Equal(HttpStatusCode.Redirect, deactivated.StatusCode);
        }

        var history = await browser.GetAsync($"/admin/users/{memberId}/history/");
        Assert.Contains("Active Yes No", history.QuerySelectorAll(".admin-history-changes tbody tr").Select(r => r.NormalizedText()));
        using var signIn = await new AdminBrowser(app).SignInAsync(account.Username, account.Password);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task Staff_who_are_not_administrators_read_actions_on_accounts_as_text()
    {
        var admin = await AdminBrowser.SignedInStaffAsync(app);
        var member = "listed-" + Unique();
        await StaffAccounts.CreateMemberAsync(app, member);
        var memberId = await IdOfAsync(member);
        using (var changed = await admin.SubmitAsync($"/admin/users/{memberId}/change/", new() { ["Form.FirstName"] = "Changed" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        var street = "Text Lane " + Unique();
        using (var added = await admin.SubmitAsync("/admin/addresses/add/", new()
        {
            ["Form.Number"] = "4",
            ["Form.Street"] = street,
            ["Form.City"] = "Irvine",
            ["Form.State"] = "CA",
            ["Form.ZipCode"] = "92602",
            ["Form.CountryIsoCode"] = "USA",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var userLinks = (await admin.GetAsync("/admin/")).Links(".admin-recent a").Where(l => l.Href.StartsWith("/admin/users/", StringComparison.Ordinal)).ToList();
        Assert.Contains(($"“{member}”", $"/admin/users/{memberId}/change/"), userLinks);

        var staff = await AdminBrowser.SignedInStaffAsync(app, administrator: false);
        var home = await staff.GetAsync("/admin/");
        Assert.DoesNotContain(home.Links("main a"), l => l.Href.StartsWith("/admin/users/", StringComparison.Ordinal));
        Assert.Contains($"Changed user “{member}”", home.QuerySelector(".admin-recent")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains(home.Links(".admin-recent a"), l => l.Text == $"“4 {street}”" && l.Href.StartsWith("/admin/addresses/", StringComparison.Ordinal));
    }

    // Tests of one class run one after the other on one database: each arranges the administrators it needs.
    private Task<int> KeepOnlyAdministratorsAsync(params string[] usernames) => app.WithDbAsync(async db =>
    {
        var role = await db.Roles.SingleAsync(r => r.Name == Staff.AdministratorRole);
        var kept = await db.Users.Where(u => usernames.Contains(u.UserName!)).Select(u => u.Id).ToListAsync();
        return await db.UserRoles.Where(m => m.RoleId == role.Id && !kept.Contains(m.UserId)).ExecuteDeleteAsync();
    });

    private Task<int> IdOfAsync(string username) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync());

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
    }

    private static string FieldError(IHtmlDocument page, string field) =>
        page.QuerySelector($"#Form_{field}-error")?.NormalizedText() ?? throw new Xunit.Sdk.XunitException($"no message element for {field}");

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];
}

public sealed class ActiveAdministratorOnSqlite(SqliteApp app) : ActiveAdministratorTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class ActiveAdministratorOnPostgres(PostgresApp app) : ActiveAdministratorTests(app), IClassFixture<PostgresApp>;
