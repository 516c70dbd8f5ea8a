using Lettings.Web.Admin.Account;
using Lettings.Web.Admin.RecentActions;
using Microsoft.AspNetCore.Identity;

namespace Lettings.Tests.Admin.Account;

/// <summary>
/// Changing your own password at /admin/account/password/: the current password first, Identity's rules for the new
/// one; this session stays signed in, every other session of the account is signed out, the history notes the
/// change without any value.
/// </summary>
public abstract class OwnPasswordTests(LettingsApp app)
{
    private const string Url = "/admin/account/password/";

    [Fact]
    public async Task A_new_password_keeps_this_session_signs_out_the_others_and_is_noted_without_a_value()
    {
        var account = await StaffAccounts.CreateAsync(app, administrator: false);
        var here = await SignedInAsync(account.Username, account.Password);
        var elsewhere = await SignedInAsync(account.Username, account.Password);
        var password = StaffAccounts.NewPassword();

        using var changed = await here.SubmitAsync(Url, Change(account.Password, password));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("/admin/account/", changed.Headers.Location!.OriginalString);
        Assert.Equal(PasswordModel.Changed, (await here.GetAsync("/admin/account/")).QuerySelector("[role=status]")!.NormalizedText());
        await here.GetAsync("/admin/lettings/");
        using (var refused = await elsewhere.Client.GetAsync("/admin/lettings/"))
        {
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/admin/login/", refused.Headers.Location!.AbsolutePath);
        }

        using (var old = await new AdminBrowser(app).SignInAsync(account.Username, account.Password))
        {
            Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        }

        await SignedInAsync(account.Username, password);
        var changes = await app.WithDbAsync(db => db.AdminActions.Where(a => a.RecordType == "User" && a.RecordName == account.Username)
            .SelectMany(a => a.Changes, (a, c) => new { a.Kind, a.UserName, c.Field, c.OldValue, c.NewValue }).ToListAsync());
        var change = Assert.Single(changes);
        Assert.Equal((AdminActionKind.Changed, account.Username, "Password"), (change.Kind, change.UserName, change.Field));
        Assert.DoesNotContain(password, change.OldValue + change.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_and_nothing_changes()
    {
        var account = await StaffAccounts.CreateAsync(app);
        var browser = await SignedInAsync(account.Username, account.Password);

        using var refused = await browser.SubmitAsync(Url, Change(StaffAccounts.NewPassword(), StaffAccounts.NewPassword()));

        Assert.Equal(PasswordModel.WrongCurrentPassword, await FieldErrorAsync(refused, "CurrentPassword"));
        Assert.True(await PasswordIsAsync(account.Username, account.Password));
        await browser.GetAsync("/admin/");
    }

    [Theory]
    [InlineData("short-pw")]
    [InlineData("aaaabbbbaaaabbbb")]
    public async Task A_new_password_breaking_the_account_rules_is_refused(string weak)
    {
        var account = await StaffAccounts.CreateAsync(app);
        var browser = await SignedInAsync(account.Username, account.Password);

        using var refused = await browser.SubmitAsync(Url, Change(account.Password, weak));

        Assert.NotEmpty(await FieldErrorAsync(refused, "NewPassword"));
        Assert.True(await PasswordIsAsync(account.Username, account.Password));
    }

    [Fact]
    public async Task The_new_password_twice_must_match()
    {
        var account = await StaffAccounts.CreateAsync(app);
        var browser = await SignedInAsync(account.Username, account.Password);
        var changes = Change(account.Password, StaffAccounts.NewPassword());
        changes["Form.ConfirmPassword"] = StaffAccounts.NewPassword();

        using var refused = await browser.SubmitAsync(Url, changes);

        Assert.Equal(ChangePasswordForm.MismatchMessage, await FieldErrorAsync(refused, "ConfirmPassword"));
        Assert.True(await PasswordIsAsync(account.Username, account.Password));
    }

    [Fact]
    public async Task The_back_office_navigation_leads_to_the_own_account_page()
    {
        var account = await StaffAccounts.CreateAsync(app, administrator: false);
        var browser = await SignedInAsync(account.Username, account.Password);

        var link = Assert.Single((await browser.GetAsync("/admin/")).Links("nav.admin-nav a"), l => l.Text == "My account");
        var page = await browser.GetAsync(link.Href);

        Assert.Equal("My account", page.Heading());
        Assert.Contains(page.Links("main a"), l => l.Href == Url);
    }

    private static Dictionary<string, string> Change(string current, string next) => new()
    {
        ["Form.CurrentPassword"] = current,
        ["Form.NewPassword"] = next,
        ["Form.ConfirmPassword"] = next,
    };

    private async Task<AdminBrowser> SignedInAsync(string username, string password)
    {
        var browser = new AdminBrowser(app);
        using var response = await browser.SignInAsync(username, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    private static async Task<string> FieldErrorAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
        return page.QuerySelector($"#Form_{field}-error")!.NormalizedText();
    }

    private async Task<bool> PasswordIsAsync(string username, string password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Lettings.Web.Accounts.LettingsUser>>();
        return await users.CheckPasswordAsync((await users.FindByNameAsync(username))!, password);
    }
}

/// <summary>
/// The site with the security stamp checked on every request instead of once a minute, so that a session the
/// change signed out is seen refused at once.
/// </summary>
public sealed class StampCheckedSqliteApp() : LettingsApp(new SqliteTestDatabase())
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
}

public sealed class StampCheckedPostgresApp() : LettingsApp(new PostgresTestDatabase())
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
}

public sealed class OwnPasswordOnSqlite(StampCheckedSqliteApp app) : OwnPasswordTests(app), IClassFixture<StampCheckedSqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class OwnPasswordOnPostgres(StampCheckedPostgresApp app) : OwnPasswordTests(app), IClassFixture<StampCheckedPostgresApp>;
