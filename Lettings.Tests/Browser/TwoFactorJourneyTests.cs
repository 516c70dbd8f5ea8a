using Lettings.Tests.Admin.Account;
using Lettings.Web.Admin.Account;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lettings.Tests.Browser;

/// <summary>
/// A member of staff turns on two-factor sign-in from their own account, with a code computed from the key the page
/// shows (RFC 6238, as an authenticator app does), is shown the recovery codes, signs out, and signs in again with the
/// password and then a code.
/// </summary>
public sealed class TwoFactorJourneyTests(ChromiumBrowser chromium, SqliteKestrelApp app)
    : BrowserTest(chromium, app), IClassFixture<SqliteKestrelApp>
{
    private const string AccountPath = "/admin/account/";
    private const string EnrolmentPath = "/admin/account/two-factor/";
    private const string SecondStepPath = "/admin/login/two-factor/";

    [Fact]
    public async Task Staff_enrol_in_two_factor_sign_in_and_then_sign_in_with_a_code()
    {
        var account = await StaffAccounts.CreateAsync(App, "two-factor-journey");
        var staff = await OpenSessionAsync();
        await staff.SignInAsync(account);

        await staff.ClickLinkAsync("My account");
        await staff.ExpectPageAsync(AccountPath, "My account");
        var setUp = staff.Page.Locator("main #two-factor-heading + p + p a");
        var setUpName = (await setUp.TextContentAsync())!.Trim();
        await setUp.ClickAsync();
        await staff.Page.WaitForLoadStateAsync(LoadState.Load);
        await staff.ExpectPageAsync(EnrolmentPath, "Two-factor sign-in");
        await Expect(staff.Page.Locator("main img[src^='data:image/svg+xml']")).ToBeVisibleAsync();

        var key = (await staff.Page.Locator("#shared-key").TextContentAsync())!.Trim();
        await staff.FillAsync("Code from the app", Totp.Now(key));
        await staff.ClickButtonAsync("Turn on two-factor sign-in");
        await Expect(staff.Page).ToHaveURLAsync(new Uri(staff.Origin, EnrolmentPath).ToString());
        await Expect(staff.Page.Locator("main #recovery-codes li")).ToHaveCountAsync(OwnAccount.RecoveryCodeCount);
        await Screenshots.SaveAsync(staff.Page, "admin-recovery-codes-desktop");

        await staff.ClickButtonAsync("Log out");
        await staff.ExpectPageAsync(StaffPages.LoginPath, "Log in");
        await staff.SubmitLoginAsync(account.Username, account.Password);
        await staff.ExpectPageAsync(SecondStepPath, "Two-factor sign-in");
        await staff.FillAsync("Code from the app", Totp.Now(key));
        await staff.ClickButtonAsync("Log in");
        await staff.ExpectPageAsync("/admin/", "Back office");
        await Expect(staff.Page.Locator("main .admin-nav-user strong")).ToHaveTextAsync(account.Username);

        await staff.ClickLinkAsync("My account");
        await staff.ExpectPageAsync(AccountPath, "My account");
        await Expect(staff.Page.Locator("main").GetByRole(AriaRole.Link, new() { Name = setUpName, Exact = true })).ToHaveCountAsync(0);

        staff.AssertNothingWentWrong();
    }
}
