using System.Text;
using AngleSharp.Html.Dom;
using Lettings.Web.Admin.Account;
using LoginPage = Lettings.Web.Admin.Login.IndexModel;
using RecoveryPage = Lettings.Web.Admin.Login.TwoFactorRecoveryModel;
using SecondStep = Lettings.Web.Admin.Login.TwoFactorModel;

namespace Lettings.Tests.Admin.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app: enrolment by the QR code or the shared key (codes computed here from
/// the key, RFC 6238), sign-in with the password then a code, the lockout counting wrong codes, recovery codes that
/// work once, turning it off and replacing the key with a current code.
/// </summary>
public abstract class TwoFactorSignInTests(LettingsApp app)
{
    private const string Enrolment = "/admin/account/two-factor/";
    private const string SecondStepUrl = "/admin/login/two-factor/";
    private const string RecoveryUrl = "/admin/login/recovery-code/";

    [Fact]
    public async Task Staff_enrol_with_the_shared_key_and_then_sign_in_with_the_password_and_a_code()
    {
        var account = await StaffAccounts.CreateAsync(app, administrator: false);
        var browser = await SignedInAsync(account);

        var page = await browser.GetAsync(Enrolment);
        var key = page.QuerySelector("#shared-key")!.NormalizedText();
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        var qr = page.QuerySelector("main img")!.GetAttribute("src")!;
        Assert.StartsWith("data:image/svg+xml;base64,", qr, StringComparison.Ordinal);
        Assert.StartsWith("<svg", Encoding.UTF8.GetString(Convert.FromBase64String(qr[(qr.IndexOf(',', StringComparison.Ordinal) + 1)..])).TrimStart(), StringComparison.Ordinal);
        Assert.Equal(key, (await browser.GetAsync(Enrolment)).QuerySelector("#shared-key")!.NormalizedText());

        var codes = await ConfirmAsync(browser, key);
        Assert.Equal(OwnAccount.RecoveryCodeCount, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.True(await TwoFactorEnabledAsync(account.Username));
        Assert.Contains(await ChangesAsync(account.Username), c => c == ("Two-factor sign-in", "No", "Yes"));
        await browser.GetAsync("/admin/lettings/");
        Assert.Empty((await browser.GetAsync(Enrolment)).QuerySelectorAll("#recovery-codes li"));

        var other = new AdminBrowser(app);
        using (var password = await other.SignInAsync(account.Username, account.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
            Assert.Equal(SecondStepUrl, password.Headers.Location!.OriginalString);
            Assert.DoesNotContain(password.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("lettings.auth=", StringComparison.Ordinal)));
        }

        using (var notYet = await other.Client.GetAsync("/admin/"))
        {
            Assert.Equal("/admin/login/", notYet.Headers.Location!.AbsolutePath);
        }

        using var signedIn = await other.SubmitAsync(SecondStepUrl, new() { ["Form.Code"] = Spaced(Totp.Now(key)) });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/admin/", signedIn.Headers.Location!.OriginalString);
        await other.GetAsync("/admin/");
    }

    [Fact]
    public async Task A_wrong_code_does_not_turn_two_factor_sign_in_on()
    {
        var account = await StaffAccounts.CreateAsync(app);
        var browser = await SignedInAsync(account);
        var key = (await browser.GetAsync(Enrolment)).QuerySelector("#shared-key")!.NormalizedText();

        using var refused = await browser.SubmitAsync(Enrolment, new() { ["Form.Code"] = Totp.Wrong(key) });

        var page = await ParseAsync(refused);
        Assert.Equal(Web.Admin.Account.TwoFactorModel.WrongCode, page.QuerySelector("#Form_Code-error")!.NormalizedText());
        Assert.Empty(page.QuerySelectorAll("#recovery-codes li"));
        Assert.False(await TwoFactorEnabledAsync(account.Username));
        using var password = await new AdminBrowser(app).SignInAsync(account.Username, account.Password);
        Assert.Equal("/admin/", password.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Wrong_codes_count_toward_the_lockout_which_then_refuses_the_right_code()
    {
        var (account, key, _) = await EnrolledAsync();
        var browser = await PastThePasswordAsync(account);

        for (var attempt = 1; attempt < Web.Accounts.AccountRules.MaxFailedSignIns; attempt++)
        {
            // The right password again does not reset the count.
            if (attempt == 3)
            {
                browser = await PastThePasswordAsync(account);
            }

            Assert.Equal(SecondStep.WrongCode, await FailureAsync(browser, SecondStepUrl, Totp.Wrong(key, attempt)));
        }

        Assert.Equal(LoginPage.LockedOut, await FailureAsync(browser, SecondStepUrl, Totp.Wrong(key, 99)));
        Assert.Equal(LoginPage.LockedOut, await FailureAsync(browser, SecondStepUrl, Totp.Now(key)));
        using (var password = await new AdminBrowser(app).SignInAsync(account.Username, account.Password))
        {
            Assert.Equal(HttpStatusCode.OK, password.StatusCode);
        }

        Assert.NotNull(await app.WithDbAsync(db => db.Users.Where(u => u.UserName == account.Username).Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_wrong_ones_count_toward_the_lockout()
    {
        var (account, _, codes) = await EnrolledAsync();

        var first = await PastThePasswordAsync(account, returnUrl: "/admin/lettings/");
        var recovery = (await first.GetAsync(SecondStepUrl + "?ReturnUrl=%2Fadmin%2Flettings%2F")).Links("main a").Single(l => l.Href.StartsWith(RecoveryUrl, StringComparison.Ordinal));
        using (var signedIn = await first.SubmitAsync(recovery.Href, new() { ["Form.Code"] = codes[0].ToLowerInvariant() }))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            Assert.Equal("/admin/lettings/", signedIn.Headers.Location!.OriginalString);
        }

        await first.GetAsync("/admin/lettings/");
        var second = await PastThePasswordAsync(account);
        Assert.Equal(RecoveryPage.WrongCode, await FailureAsync(second, RecoveryUrl, codes[0]));
        for (var attempt = 2; attempt < Web.Accounts.AccountRules.MaxFailedSignIns; attempt++)
        {
            Assert.Equal(RecoveryPage.WrongCode, await FailureAsync(second, RecoveryUrl, "AAAAA-AAAA" + attempt));
        }

        Assert.Equal(LoginPage.LockedOut, await FailureAsync(second, RecoveryUrl, "BBBBB-BBBBB"));
        Assert.Equal(LoginPage.LockedOut, await FailureAsync(second, RecoveryUrl, codes[1]));
    }

    [Theory]
    [InlineData("/admin/profiles/?q=a", "/admin/profiles/?q=a")]
    [InlineData("https://evil.example/admin/", "/admin/")]
    [InlineData("//evil.example/", "/admin/")]
    public async Task Only_a_local_return_url_is_followed_after_the_code(string returnUrl, string expected)
    {
        var (account, key, _) = await EnrolledAsync();
        var browser = new AdminBrowser(app);
        using var password = await browser.SignInAsync(account.Username, account.Password, returnUrl);
        var step = password.Headers.Location!.OriginalString;
        Assert.StartsWith(SecondStepUrl, step, StringComparison.Ordinal);

        using var signedIn = await browser.SubmitAsync(step, new() { ["Form.Code"] = Totp.Now(key) });

        Assert.Equal(expected, signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_second_step_without_the_password_first_goes_back_to_the_login_page()
    {
        var browser = new AdminBrowser(app);

        using var code = await browser.Client.GetAsync(SecondStepUrl);
        using var recovery = await browser.Client.GetAsync(RecoveryUrl);

        Assert.Equal("/admin/login/", code.Headers.Location!.OriginalString);
        Assert.Equal("/admin/login/", recovery.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Turning_two_factor_sign_in_off_takes_a_current_code()
    {
        var (account, key, _) = await EnrolledAsync();
        var browser = await SignedInWithCodeAsync(account, key);

        using (var refused = await browser.SubmitAsync("/admin/account/two-factor/disable/", new() { ["Form.Code"] = Totp.Wrong(key) }))
        {
            Assert.Equal(TwoFactorDisableModel.WrongCode, (await ParseAsync(refused)).QuerySelector("#Form_Code-error")!.NormalizedText());
        }

        Assert.True(await TwoFactorEnabledAsync(account.Username));
        using (var off = await browser.SubmitAsync("/admin/account/two-factor/disable/", new() { ["Form.Code"] = Totp.Now(key) }))
        {
            Assert.Equal("/admin/account/", off.Headers.Location!.OriginalString);
        }

        Assert.False(await TwoFactorEnabledAsync(account.Username));
        Assert.Contains(await ChangesAsync(account.Username), c => c == ("Two-factor sign-in", "Yes", "No"));
        using var password = await new AdminBrowser(app).SignInAsync(account.Username, account.Password);
        Assert.Equal("/admin/", password.Headers.Location!.OriginalString);
        var newKey = (await browser.GetAsync(Enrolment)).QuerySelector("#shared-key")!.NormalizedText();
        Assert.NotEqual(key, newKey);
    }

    [Fact]
    public async Task A_new_key_takes_a_current_code_or_a_recovery_code_and_the_old_key_stops_working()
    {
        var (account, key, codes) = await EnrolledAsync();
        var browser = await SignedInWithCodeAsync(account, key);

        using (var replaced = await browser.SubmitAsync("/admin/account/two-factor/reset/", new() { ["Form.Code"] = codes[3] }))
        {
            Assert.Equal(Enrolment, replaced.Headers.Location!.OriginalString);
        }

        var newKey = (await browser.GetAsync(Enrolment)).QuerySelector("#shared-key")!.NormalizedText();
        Assert.NotEqual(key, newKey);
        using (var old = await browser.SubmitAsync(Enrolment, new() { ["Form.Code"] = Totp.Now(key) }))
        {
            Assert.Equal(Web.Admin.Account.TwoFactorModel.WrongCode, (await ParseAsync(old)).QuerySelector("#Form_Code-error")!.NormalizedText());
        }

        Assert.Equal(OwnAccount.RecoveryCodeCount, (await ConfirmAsync(browser, newKey)).Count);
        await SignedInWithCodeAsync(account, newKey);
    }

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones()
    {
        var (account, key, codes) = await EnrolledAsync();
        var browser = await SignedInWithCodeAsync(account, key);

        using var made = await browser.SubmitAsync("/admin/account/two-factor/recovery-codes/", []);
        var fresh = (await ParseAsync(made)).QuerySelectorAll("#recovery-codes li").Select(li => li.NormalizedText()).ToList();

        Assert.Equal(OwnAccount.RecoveryCodeCount, fresh.Count);
        Assert.Empty(fresh.Intersect(codes));
        Assert.Equal(RecoveryPage.WrongCode, await FailureAsync(await PastThePasswordAsync(account), RecoveryUrl, codes[5]));
        using var signedIn = await (await PastThePasswordAsync(account)).SubmitAsync(RecoveryUrl, new() { ["Form.Code"] = fresh[5] });
        Assert.Equal("/admin/", signedIn.Headers.Location!.OriginalString);
    }

    private async Task<(StaffAccount Account, string Key, IReadOnlyList<string> Codes)> EnrolledAsync()
    {
        var account = await StaffAccounts.CreateAsync(app);
        var browser = await SignedInAsync(account);
        var key = (await browser.GetAsync(Enrolment)).QuerySelector("#shared-key")!.NormalizedText();
        return (account, key, await ConfirmAsync(browser, key));
    }

    private static async Task<IReadOnlyList<string>> ConfirmAsync(AdminBrowser browser, string key)
    {
        using var confirmed = await browser.SubmitAsync(Enrolment, new() { ["Form.Code"] = Totp.Now(key) });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        return [.. (await ParseAsync(confirmed)).QuerySelectorAll("#recovery-codes li").Select(li => li.NormalizedText())];
    }

    private async Task<AdminBrowser> SignedInAsync(StaffAccount account)
    {
        var browser = new AdminBrowser(app);
        using var response = await browser.SignInAsync(account.Username, account.Password);
        Assert.Equal("/admin/", response.Headers.Location!.OriginalString);
        return browser;
    }

    private async Task<AdminBrowser> PastThePasswordAsync(StaffAccount account, string? returnUrl = null)
    {
        var browser = new AdminBrowser(app);
        using var response = await browser.SignInAsync(account.Username, account.Password, returnUrl);
        Assert.StartsWith(SecondStepUrl, response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        return browser;
    }

    private async Task<AdminBrowser> SignedInWithCodeAsync(StaffAccount account, string key)
    {
        var browser = await PastThePasswordAsync(account);
        using var response = await browser.SubmitAsync(SecondStepUrl, new() { ["Form.Code"] = Totp.Now(key) });
        Assert.Equal("/admin/", response.Headers.Location!.OriginalString);
        return browser;
    }

    private static async Task<string> FailureAsync(AdminBrowser browser, string url, string code)
    {
        using var response = await browser.SubmitAsync(url, new() { ["Form.Code"] = code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("lettings.auth=", StringComparison.Ordinal)));
        return (await ParseAsync(response)).QuerySelector("#login-failure")!.NormalizedText();
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());

    private static string Spaced(string code) => $"{code[..3]} {code[3..]}";

    private Task<bool> TwoFactorEnabledAsync(string username) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == username).Select(u => u.TwoFactorEnabled).SingleAsync());

    private async Task<IReadOnlyList<(string Field, string? Old, string? New)>> ChangesAsync(string username)
    {
        var changes = await app.WithDbAsync(db => db.AdminActions.Where(a => a.RecordType == "User" && a.RecordName == username)
            .SelectMany(a => a.Changes).Select(c => new { c.Field, c.OldValue, c.NewValue }).ToListAsync());
        return [.. changes.Select(c => (c.Field, c.OldValue, c.NewValue))];
    }
}

public sealed class TwoFactorSignInOnSqlite(SqliteApp app) : TwoFactorSignInTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class TwoFactorSignInOnPostgres(PostgresApp app) : TwoFactorSignInTests(app), IClassFixture<PostgresApp>;
