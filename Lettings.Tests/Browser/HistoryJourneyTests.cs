using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lettings.Tests.Browser;

/// <summary>
/// A member of staff changes a letting through its form, opens its History page from the edit page and reads the
/// change there (field, value before, value after), then reaches the same page from the home's recent actions.
/// </summary>
public sealed class HistoryJourneyTests(ChromiumBrowser chromium, SqliteKestrelApp app)
    : BrowserTest(chromium, app), IClassFixture<SqliteKestrelApp>
{
    private const string EditPath = "/admin/lettings/1/change/";
    private const string HistoryPath = "/admin/lettings/1/history/";

    [Fact]
    public async Task Staff_change_a_letting_and_read_the_change_on_its_history_page()
    {
        var account = await StaffAccounts.CreateAsync(App, "history-journey");
        var staff = await OpenSessionAsync();
        await staff.SignInAsync(account);

        await staff.OpenAsync(EditPath);
        await staff.ExpectPageAsync(EditPath, "Change letting");
        var title = staff.Page.Locator("main").GetByLabel("Title", new() { Exact = true });
        var field = (await staff.Page.Locator("main label[for='Form_Title']").TextContentAsync())!.Trim();
        var before = await title.InputValueAsync();
        var after = before + " (refurbished)";
        await title.FillAsync(after);
        await staff.ClickButtonAsync("Save and continue editing");
        await staff.ExpectPageAsync(EditPath, "Change letting");
        await Expect(title).ToHaveValueAsync(after);

        await staff.ClickLinkAsync("History");
        await Expect(staff.Page).ToHaveURLAsync(new Uri(staff.Origin, HistoryPath).ToString());
        await ExpectChangeAsync(staff, field, before, after);
        await Screenshots.SaveAsync(staff.Page, "admin-letting-history-desktop");

        await staff.ClickLinkAsync("Back office");
        await staff.ExpectPageAsync("/admin/", "Back office");
        var action = staff.Page.Locator("main .admin-recent > li")
            .Filter(new() { Has = staff.Page.GetByRole(AriaRole.Link, new() { Name = $"“{after}”", Exact = true }) });
        await Expect(action).ToHaveCountAsync(1);
        await action.Locator("a.admin-recent-history").ClickAsync();
        await staff.Page.WaitForLoadStateAsync(LoadState.Load);
        await Expect(staff.Page).ToHaveURLAsync(new Uri(staff.Origin, HistoryPath).ToString());
        await ExpectChangeAsync(staff, field, before, after);

        staff.AssertNothingWentWrong();
    }

    /// <summary>The newest entry (the list is oldest first) has one row for the field, with both values.</summary>
    private static async Task ExpectChangeAsync(BrowserSession staff, string field, string before, string after)
    {
        var newest = staff.Page.Locator("main ol.admin-history > li").Last;
        var rows = newest.Locator("table.admin-history-changes tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.Locator("th")).ToHaveTextAsync(field);
        await Expect(rows.Locator("td")).ToHaveTextAsync([before, after]);
    }
}
