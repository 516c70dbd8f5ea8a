using Lettings.Web.Lettings;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lettings.Tests.Browser;

/// <summary>
/// Staff choose a letting's address and a profile's account by typing into the pickers and taking a match with the
/// keyboard; Escape closes the list and the form's own select never shows.
/// </summary>
public sealed class PickerJourneyTests(ChromiumBrowser chromium, SqliteKestrelApp app)
    : BrowserTest(chromium, app), IClassFixture<SqliteKestrelApp>
{
    [Fact]
    public async Task Staff_type_part_of_an_address_pick_it_with_the_keyboard_and_save_the_letting()
    {
        await App.WithDbAsync(db =>
        {
            db.Addresses.AddRange(
                new Address { Number = 3, Street = "Picker Lane", City = "Irvine", State = "CA", ZipCode = 92602, CountryIsoCode = "USA" },
                new Address { Number = 5, Street = "Picker Lane", City = "Tustin", State = "CA", ZipCode = 92780, CountryIsoCode = "USA" });
            return db.SaveChangesAsync();
        });
        var account = await StaffAccounts.CreateAsync(App, "picker-journey", administrator: false);
        var staff = await OpenSessionAsync();
        await staff.SignInAsync(account);
        await staff.OpenAsync("/admin/lettings/add/");

        await Expect(staff.Page.Locator("main select")).ToBeHiddenAsync();
        await Expect(staff.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Find" })).ToBeHiddenAsync();
        var field = staff.Page.Locator("main").GetByRole(AriaRole.Combobox, new() { Name = "Address" });

        // Escape closes the list without choosing.
        await field.PressSequentiallyAsync("picker");
        await Expect(staff.Page.Locator("main [role=option]")).ToHaveTextAsync(["5 Picker Lane, Tustin", "3 Picker Lane, Irvine"]);
        await field.PressAsync("Escape");
        await Expect(field).ToHaveAttributeAsync("aria-expanded", "false");
        await field.FillAsync("");

        await staff.FillAsync("Title", "Picked Cottage");
        await staff.PickAsync("Address", "picker lane", "3 Picker Lane, Irvine");
        await staff.ClickButtonAsync("Save");

        await staff.ExpectPageAsync("/admin/lettings/", "Lettings");
        await staff.ExpectMessageAsync("“Picked Cottage” was added");
        var address = await App.WithDbAsync(db => db.Lettings.Where(l => l.Title == "Picked Cottage").Select(l => l.Address!.City).SingleAsync());
        Assert.Equal("Irvine", address);
        staff.AssertNothingWentWrong();
    }

    [Fact]
    public async Task Staff_pick_an_account_without_a_profile_and_the_change_page_shows_it_chosen()
    {
        await StaffAccounts.CreateMemberAsync(App, "pickable-member");
        var account = await StaffAccounts.CreateAsync(App, "picker-profiles");
        var staff = await OpenSessionAsync();
        await staff.SignInAsync(account);
        await staff.OpenAsync("/admin/profiles/add/");

        await staff.PickAsync("User", "pickable", "pickable-member");
        await staff.FillAsync("Favorite city", "Irvine");
        await staff.ClickButtonAsync("Save and continue editing");

        await staff.ExpectMessageAsync("“pickable-member” was added");
        await Expect(staff.Page.Locator("main").GetByRole(AriaRole.Combobox, new() { Name = "User" })).ToHaveValueAsync("pickable-member");
        var owner = await App.WithDbAsync(db => db.Profiles.Where(p => p.FavoriteCity == "Irvine").Select(p => p.User!.UserName).SingleAsync());
        Assert.Equal("pickable-member", owner);
        staff.AssertNothingWentWrong();
    }
}
