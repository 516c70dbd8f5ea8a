using Lettings.Web.Lettings;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lettings.Tests.Browser;

/// <summary>A member of staff sorts and filters a list, ticks every row on the page, and deletes them in one go.</summary>
public sealed class ListJourneyTests(ChromiumBrowser chromium, SqliteKestrelApp app)
    : BrowserTest(chromium, app), IClassFixture<SqliteKestrelApp>
{
    private static readonly string[] s_cities = ["Irvine", "Anaheim", "Tustin"];

    [Fact]
    public async Task Staff_sort_and_filter_the_addresses_then_delete_every_one_on_the_page()
    {
        await App.WithDbAsync(async db =>
        {
            db.Addresses.AddRange(s_cities.Select((city, i) =>
                new Address { Number = i + 1, Street = "Journey Road", City = city, State = "CA", ZipCode = 92600 + i, CountryIsoCode = "USA" }));
            return await db.SaveChangesAsync();
        });
        var account = await StaffAccounts.CreateAsync(App, "list-journey");
        var staff = await OpenSessionAsync();
        await staff.SignInAsync(account);
        await staff.OpenAsync("/admin/addresses/");
        await staff.ExpectPageAsync("/admin/addresses/", "Addresses");

        await staff.ClickLinkAsync("City");
        await staff.ExpectPageAsync("/admin/addresses/?o=city", "Addresses");
        await Expect(ColumnHeader(staff, "City")).ToHaveAttributeAsync("aria-sort", "ascending");
        await staff.ClickLinkAsync("City");
        await staff.ExpectPageAsync("/admin/addresses/?o=-city", "Addresses");
        await Expect(ColumnHeader(staff, "City")).ToHaveAttributeAsync("aria-sort", "descending");

        await staff.ChooseAsync("State", "CA");
        await staff.ClickButtonAsync("Apply");
        await staff.ExpectPageAsync("/admin/addresses/?q=&state=CA&country=&o=-city", "Addresses");
        await staff.ExpectMessageAsync("3 addresses (State: CA)");
        await Expect(RowTitles(staff)).ToHaveTextAsync(["3 Journey Road", "1 Journey Road", "2 Journey Road"]);

        var all = staff.Page.Locator("main").GetByLabel("Select all on this page");
        var rows = staff.Page.Locator("main tbody input[type=checkbox]");
        await all.CheckAsync();
        for (var i = 0; i < 3; i++)
        {
            await Expect(rows.Nth(i)).ToBeCheckedAsync();
        }

        await rows.Nth(0).UncheckAsync();
        Assert.True(await all.EvaluateAsync<bool>("box => box.indeterminate"));
        await all.CheckAsync();
        await Expect(rows.Nth(0)).ToBeCheckedAsync();
        await Screenshots.SaveAsync(staff.Page, "admin-list-selected-desktop");

        await staff.ClickButtonAsync("Delete selected");
        await Expect(staff.Page.Locator("h1")).ToHaveTextAsync("Delete addresses");
        await Expect(staff.Page.Locator(".admin-deletions > li strong")).ToHaveTextAsync(["1 Journey Road", "2 Journey Road", "3 Journey Road"]);
        await staff.ClickButtonAsync("Yes, delete 3");

        // Back on the list as it was left: the same filter and sort.
        await staff.Page.WaitForURLAsync(url =>
            new Uri(url).AbsolutePath == "/admin/addresses/" && url.Contains("state=CA", StringComparison.Ordinal) && url.Contains("o=-city", StringComparison.Ordinal));
        await Expect(staff.Page.Locator("h1")).ToHaveTextAsync("Addresses");
        await staff.ExpectMessageAsync("3 addresses were deleted");
        await staff.ExpectMessageAsync("0 addresses (State: CA)");

        staff.AssertNothingWentWrong();
    }

    private static ILocator ColumnHeader(BrowserSession staff, string name) =>
        staff.Page.Locator("main thead th").Filter(new() { Has = staff.Page.GetByRole(AriaRole.Link, new() { Name = name }) });

    private static ILocator RowTitles(BrowserSession staff) => staff.Page.Locator("main tbody th");
}
