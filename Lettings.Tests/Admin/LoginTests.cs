using Lettings.Web.Accounts;
using Lettings.Web.Admin.Login;
using LoginPage = Lettings.Web.Admin.Login.IndexModel;

namespace Lettings.Tests.Admin;

/// <summary>Sign-in at /admin/login/: success, same message for a wrong password and an unknown user, lockout, safe ReturnUrl, sign-out.</summary>
public sealed class LoginTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Staff_sign_in_with_the_form_and_land_on_the_back_office_home()
    {
        var password = StaffAccounts.NewPassword();
        await StaffAccounts.CreateAsync(app, "login-ok", password);
        var browser = new AdminBrowser(app);

        var form = await browser.GetAsync("/admin/login/");
        Assert.Equal("Log in", form.Heading());
        Assert.Equal("Username", form.QuerySelector("label[for=Form_Username]")!.NormalizedText());
        Assert.Equal("Password", form.QuerySelector("label[for=Form_Password]")!.NormalizedText());
        Assert.Equal("password", form.QuerySelector("#Form_Password")!.GetAttribute("type"));

        using var response = await browser.SignInAsync("login-ok", password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/", response.Headers.Location!.OriginalString);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lettings.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        var home = await browser.GetAsync("/admin/");
        Assert.Equal("Back office", home.Heading());
        Assert.Contains("Signed in as login-ok", home.QuerySelector("nav[aria-label='Back office']")!.NormalizedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_username_longer_than_150_characters_is_a_field_error_and_nothing_is_kept()
    {
        var before = await FailureRowsAsync();
        var browser = new AdminBrowser(app);

        for (var attempt = 0; attempt <= AccountRules.MaxFailedSignIns; attempt++)
        {
            using var response = await browser.SignInAsync(new string('a', AccountRules.UsernameMaxLength + 1) + attempt, StaffAccounts.NewPassword());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
            Assert.NotEmpty(page.QuerySelector("#Form_Username-error")!.NormalizedText());
            Assert.DoesNotContain(LoginPage.LockedOut, page.Body!.NormalizedText(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await FailureRowsAsync());
    }

    [Fact]
    public async Task An_account_without_the_staff_role_is_refused_at_the_form_with_the_same_message()
    {
        var member = await StaffAccounts.CreateMemberAsync(app, "login-member-" + Guid.NewGuid().ToString("N")[..6]);

        Assert.Equal(LoginPage.WrongCredentials, await FailureAsync(new AdminBrowser(app), member.Username, member.Password));
    }

    [Fact]
    public async Task An_unknown_name_s_lockout_is_a_row_in_the_database_so_every_instance_sees_it()
    {
        var browser = new AdminBrowser(app);
        var unknown = "Ghost-DB-" + Guid.NewGuid().ToString("N")[..6];
        var normalized = unknown.ToUpperInvariant();
        for (var attempt = 1; attempt < AccountRules.MaxFailedSignIns; attempt++)
        {
            await FailureAsync(browser, unknown, StaffAccounts.NewPassword());
        }

        var counted = await app.WithDbAsync(db => db.Set<UnknownUsernameFailure>().AsNoTracking().SingleAsync(f => f.NormalizedUserName == normalized));
        Assert.Equal((AccountRules.MaxFailedSignIns - 1, (long?)null), (counted.FailureCount, counted.LockedUntil));

        // Another spelling of the same name (names are compared as Identity normalises them) locks it.
        Assert.Equal(LoginPage.LockedOut, await FailureAsync(browser, unknown.ToLowerInvariant(), StaffAccounts.NewPassword()));
        var locked = await app.WithDbAsync(db => db.Set<UnknownUsernameFailure>().AsNoTracking().SingleAsync(f => f.NormalizedUserName == normalized));
        Assert.Equal(0, locked.FailureCount);
        Assert.InRange(
            DateTimeOffset.FromUnixTimeMilliseconds(locked.LockedUntil!.Value) - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), AccountRules.LockoutDuration);
    }

    private Task<int> FailureRowsAsync() => app.WithDbAsync(db => db.Set<UnknownUsernameFailure>().CountAsync());

    [Fact]
    public async Task Wrong_password_and_unknown_username_get_the_same_message()
    {
        await StaffAccounts.CreateAsync(app, "login-wrong", StaffAccounts.NewPassword());
        var browser = new AdminBrowser(app);

        var wrongPassword = await FailureAsync(browser, "login-wrong", StaffAccounts.NewPassword());
        var unknownUser = await FailureAsync(browser, "nobody-" + Guid.NewGuid().ToString("N")[..6], StaffAccounts.NewPassword());

        Assert.Equal(LoginPage.WrongCredentials, wrongPassword);
        Assert.Equal(wrongPassword, unknownUser);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_for_15_minutes_and_unknown_names_look_the_same()
    {
        var password = StaffAccounts.NewPassword();
        await StaffAccounts.CreateAsync(app, "login-locked", password);
        var browser = new AdminBrowser(app);
        var unknown = "ghost-" + Guid.NewGuid().ToString("N")[..6];

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            Assert.Equal(LoginPage.WrongCredentials, await FailureAsync(browser, "login-locked", "wrong-password-" + attempt));
            Assert.Equal(LoginPage.WrongCredentials, await FailureAsync(browser, unknown, "wrong-password-" + attempt));
        }

        Assert.Equal(LoginPage.LockedOut, await FailureAsync(browser, "login-locked", "wrong-password-5"));
        Assert.Equal(LoginPage.LockedOut, await FailureAsync(browser, unknown, "wrong-password-5"));
        Assert.Contains("15 minutes", LoginPage.LockedOut, StringComparison.Ordinal);

        // Even the right password is refused while the lock lasts.
        Assert.Equal(LoginPage.LockedOut, await FailureAsync(browser, "login-locked", password));
        var lockedUntil = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.UserName == "login-locked").LockoutEnd));
        Assert.InRange(lockedUntil!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Theory]
    [InlineData("https://evil.example/admin/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("javascript:alert(1)")]
    public async Task A_return_url_to_another_site_is_ignored(string returnUrl)
    {
        var password = StaffAccounts.NewPassword();
        var username = "login-redirect-" + Guid.NewGuid().ToString("N")[..6];
        await StaffAccounts.CreateAsync(app, username, password);

        using var response = await new AdminBrowser(app).SignInAsync(username, password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_local_return_url_is_followed()
    {
        var password = StaffAccounts.NewPassword();
        await StaffAccounts.CreateAsync(app, "login-return", password);

        using var response = await new AdminBrowser(app).SignInAsync("login-return", password, "/admin/lettings/?q=ocean");

        Assert.Equal("/admin/lettings/?q=ocean", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sign_out_is_one_click_and_ends_the_session()
    {
        var browser = await AdminBrowser.SignedInStaffAsync(app);

        using var response = await browser.SignOutAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login/", response.Headers.Location!.OriginalString);
        using var after = await browser.Client.GetAsync("/admin/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/admin/login/", after.Headers.Location!.AbsolutePath);
    }

    private static async Task<string> FailureAsync(AdminBrowser browser, string username, string password)
    {
        using var response = await browser.SignInAsync(username, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("lettings.auth=", StringComparison.Ordinal)));
        return page.QuerySelector("#login-failure")!.NormalizedText();
    }
}
