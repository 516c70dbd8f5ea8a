using Lettings.Web.Admin.Account;

namespace Lettings.Tests.Admin.Account;

/// <summary>
/// <c>BackOffice:RequireTwoFactor=true</c>: a member of staff without two-factor sign-in is sent to the enrolment from
/// every other back-office page and handler (discovered from the endpoints) until enrolled; logging out stays open,
/// accounts without the staff role still get the 403 page, and two-factor sign-in cannot be turned off.
/// </summary>
public abstract class MandatoryTwoFactorTests(LettingsApp app)
{
    private const string Enrolment = "/admin/account/two-factor/";

    [Fact]
    public async Task Staff_without_two_factor_sign_in_reach_only_the_enrolment_until_they_enrol()
    {
        var account = await StaffAccounts.CreateAsync(app);
        var browser = new AdminBrowser(app);
        using (var signIn = await browser.SignInAsync(account.Username, account.Password))
        {
            using var home = await browser.Client.GetAsync(signIn.Headers.Location);
            Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
            Assert.Equal(Enrolment, home.Headers.Location!.OriginalString);
        }

        var pages = (await BackOfficeEndpoints.DiscoverAsync(app.Services)).Where(p => p.IsBackOffice && !p.AllowsAnonymous).ToList();
        Assert.Contains(pages, p => p.Url == Enrolment);
        foreach (var page in pages.Where(p => p.Url != Enrolment))
        {
            using var response = await browser.Client.GetAsync(page.Url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString == Enrolment, $"{page.Url}: {response.StatusCode}");
        }

        // A POST is sent away before it is read (authorization runs before antiforgery).
        foreach (var page in pages.Where(p => p.HandlesPost && p.Url != Enrolment))
        {
            using var content = new FormUrlEncodedContent([new("Form.Title", "not yet")]);
            using var response = await browser.Client.PostAsync(page.Url, content);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString == Enrolment, $"{page.Url}: {response.StatusCode}");
        }

        var enrolment = await browser.GetAsync(Enrolment);
        Assert.NotNull(enrolment.QuerySelector("#two-factor-required"));
        var key = enrolment.QuerySelector("#shared-key")!.NormalizedText();
        using (var confirmed = await browser.SubmitAsync(Enrolment, new() { ["Form.Code"] = Totp.Now(key) }))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }

        await browser.GetAsync("/admin/");
        await browser.GetAsync("/admin/lettings/");
    }

    [Fact]
    public async Task Logging_out_stays_open_before_enrolment()
    {
        var account = await StaffAccounts.CreateAsync(app, administrator: false);
        var browser = new AdminBrowser(app);
        using (await browser.SignInAsync(account.Username, account.Password))
        {
        }

        var page = await browser.GetAsync(Enrolment);
        var token = page.QuerySelector("form[action='/admin/logout/'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        using var loggedOut = await browser.Client.PostAsync("/admin/logout/", content);

        Assert.Equal("/admin/login/", loggedOut.Headers.Location!.OriginalString);
        using var after = await browser.Client.GetAsync(Enrolment);
        Assert.Equal("/admin/login/", after.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Accounts_without_the_staff_role_are_refused_at_the_login_form_not_sent_to_enrolment()
    {
        var password = StaffAccounts.NewPassword();
        var member = await StaffAccounts.CreateMemberAsync(app, "member-" + Guid.NewGuid().ToString("N")[..8], password);
        var browser = new AdminBrowser(app);
        using (var refused = await browser.SignInAsync(member.Username, password))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using var home = await browser.Client.GetAsync(new Uri("/admin/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/admin/login/", home.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Two_factor_sign_in_cannot_be_turned_off_while_it_is_required()
    {
        var account = await StaffAccounts.CreateAsync(app);
        var browser = new AdminBrowser(app);
        using (await browser.SignInAsync(account.Username, account.Password))
        {
        }

        var key = (await browser.GetAsync(Enrolment)).QuerySelector("#shared-key")!.NormalizedText();
        using (await browser.SubmitAsync(Enrolment, new() { ["Form.Code"] = Totp.Now(key) }))
        {
        }

        var page = await browser.GetAsync("/admin/account/two-factor/disable/");
        Assert.Equal(TwoFactorDisableModel.RequiredMessage, page.QuerySelector("#two-factor-status")!.NormalizedText());
        using var content = new FormUrlEncodedContent([
            new("__RequestVerificationToken", page.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Form.Code", Totp.Now(key)),
        ]);
        using var refused = await browser.Client.PostAsync("/admin/account/two-factor/disable/", content);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Users.Where(u => u.UserName == account.Username).Select(u => u.TwoFactorEnabled).SingleAsync()));
    }
}

public sealed class TwoFactorRequiredSqliteApp() : LettingsApp(new SqliteTestDatabase())
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        [TwoFactorSettings.RequiredKey] = "true",
    };
}

public sealed class TwoFactorRequiredPostgresApp() : LettingsApp(new PostgresTestDatabase())
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
    {
        [TwoFactorSettings.RequiredKey] = "true",
    };
}

public sealed class MandatoryTwoFactorOnSqlite(TwoFactorRequiredSqliteApp app) : MandatoryTwoFactorTests(app), IClassFixture<TwoFactorRequiredSqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class MandatoryTwoFactorOnPostgres(TwoFactorRequiredPostgresApp app) : MandatoryTwoFactorTests(app), IClassFixture<TwoFactorRequiredPostgresApp>;
