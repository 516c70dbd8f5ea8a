using Lettings.Web.Admin.Login;

namespace Lettings.Tests.Browser;

/// <summary>A member of staff signs in, adds a letting, changes it, deletes it and signs out, all in the browser.</summary>
public sealed class StaffJourneyTests(ChromiumBrowser chromium, SqliteKestrelApp app)
    : BrowserTest(chromium, app), IClassFixture<SqliteKestrelApp>
{
    private const string Title = "Seaside Cabin /w Sunset Deck";
    private const string NewTitle = "Seaside Cabin & Sunset Deck";

    [Fact]
    public async Task The_first_admin_adds_changes_and_deletes_a_letting_then_signs_out()
    {
        var admin = await StaffAccounts.CreateWithCommandAsync(App, "first-admin");
        var staff = await OpenSessionAsync();
        await staff.SignInAsync(admin);

        await staff.ClickLinkAsync("Add address");
        await staff.ExpectPageAsync("/admin/addresses/add/", "Add address");
        await staff.FillAsync("Number", "12");
        await staff.FillAsync("Street", "Harbour Lane");
        await staff.FillAsync("City", "Laguna Beach");
        await staff.FillAsync("State", "CA");
        await staff.FillAsync("Zip code", "92651");
        await staff.FillAsync("Country ISO code", "USA");
        await staff.ClickButtonAsync("Save");
        await staff.ExpectPageAsync("/admin/addresses/", "Addresses");
        await staff.ExpectMessageAsync("“12 Harbour Lane” was added");

        await staff.ClickLinkAsync("Lettings");
        await staff.ExpectPageAsync("/admin/lettings/", "Lettings");
        await staff.ClickLinkAsync("Add letting");
        await staff.ExpectPageAsync("/admin/lettings/add/", "Add letting");
        await staff.FillAsync("Title", Title);
        await staff.PickAsync("Address", "harbour", "12 Harbour Lane, Laguna Beach");
        await staff.ClickButtonAsync("Save");
        await staff.ExpectPageAsync("/admin/lettings/", "Lettings");
        await staff.ExpectMessageAsync($"“{Title}” was added");

        await staff.ClickLinkAsync("Lettings", PagePart.Header);
        await staff.ExpectPageAsync("/lettings/", "Lettings");
        await staff.ClickLinkAsync(Title);
        await staff.ExpectPageAsync("/lettings/7/", Title);

        await staff.OpenAsync("/admin/lettings/");
        await staff.ClickLinkAsync(Title);
        await staff.ExpectPageAsync("/admin/lettings/7/change/", "Change letting");
        await staff.FillAsync("Title", NewTitle);
        await staff.ClickButtonAsync("Save");
        await staff.ExpectMessageAsync($"“{NewTitle}” was changed");

        await staff.ClickLinkAsync(NewTitle);
        await staff.ClickLinkAsync("Delete");
        await staff.ExpectPageAsync("/admin/lettings/7/delete/", "Delete letting");
        await staff.ClickButtonAsync("Yes, delete");
        await staff.ExpectPageAsync("/admin/lettings/", "Lettings");

        await staff.ClickLinkAsync("Back office");
        await staff.ExpectPageAsync("/admin/", "Back office");
        await staff.ExpectMessageAsync($"Deleted letting “{NewTitle}”");
        await staff.ExpectMessageAsync("by first-admin");

        await staff.ClickButtonAsync("Log out");
        await staff.ExpectPageAsync(StaffPages.LoginPath, "Log in");
        await staff.OpenAsync("/lettings/7/", 404);

        staff.AssertNothingWentWrong();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var account = await StaffAccounts.CreateAsync(App, "typo-prone");
        var staff = await OpenSessionAsync();

        await staff.SubmitLoginAsync(account.Username, account.Password + "x");

        await staff.ExpectPageAsync(StaffPages.LoginPath, "Log in");
        await staff.ExpectMessageAsync(IndexModel.WrongCredentials);
        staff.AssertNothingWentWrong();
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var account = await StaffAccounts.CreateAsync(App, "under-attack");
        var staff = await OpenSessionAsync();

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await staff.SubmitLoginAsync(account.Username, $"wrong-{attempt}");
        }

        await staff.ExpectMessageAsync(IndexModel.LockedOut);
        await staff.SubmitLoginAsync(account.Username, account.Password);
        await staff.ExpectPageAsync(StaffPages.LoginPath, "Log in");
        await staff.ExpectMessageAsync(IndexModel.LockedOut);
        staff.AssertNothingWentWrong();
    }
}
