using Lettings.Web.Lettings;
using static Microsoft.Playwright.Assertions;

namespace Lettings.Tests.Browser;

/// <summary>
/// The back office's forms check in the browser the rules the server checks (from the data-val-* attributes the tag
/// helpers render): a field's error shows, marked for screen readers, before anything is posted, and a form with an
/// error is not posted; once corrected it is posted and saved as usual.
/// </summary>
public sealed class ClientValidationJourneyTests(ChromiumBrowser chromium, SqliteKestrelApp app)
    : BrowserTest(chromium, app), IClassFixture<SqliteKestrelApp>
{
    [Fact]
    public async Task An_empty_or_blank_title_shows_its_error_and_the_letting_form_is_not_posted_until_corrected()
    {
        await App.WithDbAsync(db =>
        {
            db.Addresses.Add(new Address { Number = 8, Street = "Checked Lane", City = "Irvine", State = "CA", ZipCode = 92602, CountryIsoCode = "USA" });
            return db.SaveChangesAsync();
        });
        var account = await StaffAccounts.CreateAsync(App, "client-validation", administrator: false);
        var staff = await OpenSessionAsync();
        await staff.SignInAsync(account);
        await staff.OpenAsync("/admin/lettings/add/");
        var posts = new List<string>();
        staff.Page.Request += (_, request) =>
        {
            if (request.Method == "POST")
            {
                posts.Add(request.Url);
            }
        };
        var title = staff.Page.Locator("main").GetByLabel("Title", new() { Exact = true });
        var error = staff.Page.Locator("main #" + (await title.GetAttributeAsync("id")) + "-error");
        await Expect(error).ToBeEmptyAsync();

        await staff.ClickButtonAsync("Save");

        await Expect(error).Not.ToBeEmptyAsync();
        await Expect(error).ToBeVisibleAsync();
        await Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(title).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex(await error.GetAttributeAsync("id") ?? "-"));
        Assert.Empty(posts);

        // Blank is still missing (the server trims too), and it shows as soon as the field is left, before any submit.
        await title.FillAsync("Checked");
        await Expect(error).ToBeEmptyAsync();
        await title.FillAsync("   ");
        await title.BlurAsync();
        await Expect(error).Not.ToBeEmptyAsync();
        await Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
        await staff.ClickButtonAsync("Save");
        await Expect(error).Not.ToBeEmptyAsync();
        Assert.Empty(posts);
        Assert.EndsWith("/admin/lettings/add/", staff.Page.Url, StringComparison.Ordinal);

        await title.FillAsync("Checked Cottage");
        await Expect(error).ToBeEmptyAsync();
        await Expect(title).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await staff.PickAsync("Address", "checked lane", "8 Checked Lane, Irvine");
        await staff.ClickButtonAsync("Save");

        await staff.ExpectPageAsync("/admin/lettings/", "Lettings");
        Assert.Single(posts);
        Assert.Equal(1, await App.WithDbAsync(db => db.Lettings.CountAsync(l => l.Title == "Checked Cottage")));
        staff.AssertNothingWentWrong();
    }

    [Fact]
    public async Task An_address_with_a_state_of_one_letter_is_refused_in_the_browser_as_the_server_would()
    {
        var account = await StaffAccounts.CreateAsync(App, "client-validation-address", administrator: false);
        var staff = await OpenSessionAsync();
        await staff.SignInAsync(account);
        await staff.OpenAsync("/admin/addresses/add/");
        var posts = 0;
        staff.Page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;

        await staff.FillAsync("Number", "12");
        await staff.FillAsync("Street", "Pattern Road");
        await staff.FillAsync("City", "Tustin");
        await staff.FillAsync("State", "C");
        await staff.FillAsync("Zip code", "92780");
        await staff.FillAsync("Country ISO code", "USA");
        await staff.ClickButtonAsync("Save");

        var state = staff.Page.Locator("main").GetByLabel("State", new() { Exact = true });
        await Expect(state).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(staff.Page.Locator("main #" + (await state.GetAttributeAsync("id")) + "-error")).Not.ToBeEmptyAsync();
        Assert.Equal(0, posts);
        staff.AssertNothingWentWrong();
    }

    [Fact]
    public async Task A_username_is_judged_by_the_servers_whole_pattern_and_an_email_by_its_rule_in_the_browser()
    {
        var account = await StaffAccounts.CreateAsync(App, "client-validation-users");
        var staff = await OpenSessionAsync();
        await staff.SignInAsync(account);
        await staff.OpenAsync("/admin/users/add/");
        var posts = 0;
        staff.Page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;
        var username = staff.Page.Locator("main").GetByLabel("Username", new() { Exact = true });
        var email = staff.Page.Locator("main").GetByLabel("Email", new() { Exact = true });

        // A plain name and a non-Latin one both match \p{L}; an address without a domain suffix is one to the server.
        foreach (var name in new[] { "bob", "Zoë_ß" })
        {
            await username.FillAsync(name);
            await username.BlurAsync();
            await Expect(username).Not.ToHaveAttributeAsync("aria-invalid", "true");
        }

        await email.FillAsync("bob@localhost");
        await email.BlurAsync();
        await Expect(email).Not.ToHaveAttributeAsync("aria-invalid", "true");

        await username.FillAsync("bob smith");
        await username.BlurAsync();
        await email.FillAsync("bob.example");
        await email.BlurAsync();
        await staff.ClickButtonAsync("Save");

        await Expect(username).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(email).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(staff.Page.Locator("main #" + (await email.GetAttributeAsync("id")) + "-error")).Not.ToBeEmptyAsync();
        Assert.Equal(0, posts);
        staff.AssertNothingWentWrong();
    }
}
