using AngleSharp.Html.Dom;

namespace Lettings.Tests.Admin;

/// <summary>Staff manage addresses, lettings, profiles and users: round trips, validation, cascades, concurrency, recent actions.</summary>
public abstract class BackOfficeCrudTests(LettingsApp app)
{
    private static readonly Dictionary<string, string> s_address = new()
    {
        ["Form.Number"] = "12",
        ["Form.Street"] = "Harbor Boulevard",
        ["Form.City"] = "Costa Mesa",
        ["Form.State"] = "CA",
        ["Form.ZipCode"] = "92626",
        ["Form.CountryIsoCode"] = "USA",
    };

    [Fact]
    public async Task Address_is_added_listed_changed_and_deleted()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var street = "Round Trip " + Unique();

        var id = await AddAddressAsync(staff, street);
        var list = await staff.GetAsync($"/admin/addresses/?q={Uri.EscapeDataString(street)}");
        Assert.Equal([$"12 {street}", "Costa Mesa", "CA", "92626", "USA", "—"], list.QuerySelectorAll("tbody tr th, tbody tr td:not(.admin-select)").Select(c => c.NormalizedText()));

        await AssertRedirectsToAsync("/admin/addresses/", await staff.SubmitAsync($"/admin/addresses/{id}/change/", new() { ["Form.Street"] = street + " Changed" }));
        Assert.Equal(street + " Changed", await ReadAsync(db => db.Addresses.Where(a => a.Id == id).Select(a => a.Street).SingleAsync()));

        var confirmation = await staff.GetAsync($"/admin/addresses/{id}/delete/");
        Assert.Equal("Delete address", confirmation.Heading());
        Assert.Contains("Nothing else is deleted", confirmation.Body!.NormalizedText(), StringComparison.Ordinal);
        await AssertRedirectsToAsync("/admin/addresses/", await staff.SubmitAsync(confirmation, $"/admin/addresses/{id}/delete/", []));
        Assert.False(await ReadAsync(db => db.Addresses.AnyAsync(a => a.Id == id)));
    }

    [Fact]
    public async Task Letting_is_created_on_a_free_address_shown_on_the_site_renamed_and_deleted()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var addressId = await AddAddressAsync(staff, "Letting Street " + Unique());

        var form = await staff.GetAsync("/admin/lettings/add/");
        var offered = form.QuerySelectorAll("#Form_AddressId option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        Assert.Contains(addressId.ToString(System.Globalization.CultureInfo.InvariantCulture), offered);
        var taken = await ReadAsync(db => db.Lettings.Select(l => l.AddressId).ToListAsync());
        Assert.Empty(offered.Intersect(taken.Select(t => t.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var title = "Beach House " + Unique();
        await AssertRedirectsToAsync("/admin/lettings/", await staff.SubmitAsync(form, "/admin/lettings/add/", new()
        {
            ["Form.Title"] = title,
            ["Form.AddressId"] = addressId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        var id = await ReadAsync(db => db.Lettings.Where(l => l.Title == title).Select(l => l.Id).SingleAsync());
        Assert.Contains((title, $"/lettings/{id}/"), (await staff.GetAsync("/lettings/")).Links("main ul li a"));

        await staff.SubmitAsync($"/admin/lettings/{id}/change/", new() { ["Form.Title"] = title + " Renamed" });
        Assert.Equal(title + " Renamed", (await staff.GetAsync($"/lettings/{id}/")).Heading());

        await staff.SubmitAsync($"/admin/lettings/{id}/delete/", []);
        await staff.GetAsync($"/lettings/{id}/", expectedStatus: 404);
        Assert.True(await ReadAsync(db => db.Addresses.AnyAsync(a => a.Id == addressId)), "the address stays");
    }

    [Fact]
    public async Task A_letting_cannot_take_an_address_that_already_has_one()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var before = await ReadAsync(db => db.Lettings.CountAsync());

        using var response = await staff.SubmitAsync("/admin/lettings/add/", new() { ["Form.Title"] = "Squatter", ["Form.AddressId"] = "2" });

        var page = await ParseAsync(response);
        Assert.Equal("Choose an address that has no letting yet.", page.QuerySelector("#Form_AddressId-error")!.NormalizedText());
        Assert.Equal(before, await ReadAsync(db => db.Lettings.CountAsync()));
    }

    [Fact]
    public async Task Invalid_address_shows_each_message_beside_its_field_and_changes_nothing()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var before = await ReadAsync(db => db.Addresses.CountAsync());

        using var response = await staff.SubmitAsync("/admin/addresses/add/", new(s_address)
        {
            ["Form.Number"] = "10000",
            ["Form.Street"] = "",
            ["Form.State"] = "CAL",
            ["Form.ZipCode"] = "0",
            ["Form.CountryIsoCode"] = "US",
        });

        var page = await ParseAsync(response);
        Assert.Equal("The field Number must be between 1 and 9999.", FieldError(page, "Number"));
        Assert.Equal("The Street field is required.", FieldError(page, "Street"));
        Assert.Contains("2", FieldError(page, "State"), StringComparison.Ordinal);
        Assert.Equal("The field Zip code must be between 1 and 99999.", FieldError(page, "ZipCode"));
        Assert.Contains("3", FieldError(page, "CountryIsoCode"), StringComparison.Ordinal);
        Assert.Equal("", FieldError(page, "City"));
        var state = page.QuerySelector("#Form_State")!;
        Assert.Equal("true", state.GetAttribute("aria-invalid"));
        Assert.Equal("Form_State-error", state.GetAttribute("aria-describedby"));
        Assert.Equal(before, await ReadAsync(db => db.Addresses.CountAsync()));
    }

    [Fact]
    public async Task Deleting_an_address_names_its_letting_and_deletes_both()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var addressId = await ReadAsync(db => db.Lettings.Where(l => l.Id == 6).Select(l => l.AddressId).SingleAsync());
        var title = await ReadAsync(db => db.Lettings.Where(l => l.Id == 6).Select(l => l.Title).SingleAsync());

        var confirmation = await staff.GetAsync($"/admin/addresses/{addressId}/delete/");
        Assert.Equal([$"Letting: {title}"], confirmation.QuerySelectorAll(".admin-cascade li").Select(li => li.NormalizedText()));
        await staff.SubmitAsync(confirmation, $"/admin/addresses/{addressId}/delete/", []);

        Assert.False(await ReadAsync(db => db.Lettings.AnyAsync(l => l.Id == 6)));
        Assert.False(await ReadAsync(db => db.Addresses.AnyAsync(a => a.Id == addressId)));
    }

    [Fact]
    public async Task User_and_profile_are_created_and_deleting_the_user_deletes_the_profile()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var username = "member" + Unique();
        var password = StaffAccounts.NewPassword();

        await AssertRedirectsToAsync("/admin/users/", await staff.SubmitAsync("/admin/users/add/", new()
        {
            ["Form.UserName"] = username,
            ["Form.Email"] = $"{username}@example.com",
            ["Form.FirstName"] = "Ada",
            ["Form.LastName"] = "Lovelace",
            ["Form.NewPassword"] = password,
        }));
        var userId = await ReadAsync(db => db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync());
        var hash = await ReadAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PasswordHash).SingleAsync());
        Assert.False(string.IsNullOrEmpty(hash));
        Assert.DoesNotContain(password, hash, StringComparison.Ordinal);

        var profileForm = await staff.GetAsync("/admin/profiles/add/");
        var offered = profileForm.QuerySelectorAll("#Form_UserId option").Select(o => o.NormalizedText()).ToList();
        Assert.Contains(username, offered);
        Assert.DoesNotContain("DavWin", offered);
        await staff.SubmitAsync(profileForm, "/admin/profiles/add/", new()
        {
            ["Form.UserId"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.FavoriteCity"] = "London",
        });
        Assert.Contains("Favorite city : London", (await staff.GetAsync($"/profiles/{username}/")).Body!.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal(username, await ReadAsync(db => db.AdminActions.Where(a => a.RecordType == "Profile").OrderBy(a => a.Id).Select(a => a.RecordName).LastAsync()));

        var confirmation = await staff.GetAsync($"/admin/users/{userId}/delete/");
        Assert.Equal([$"Profile: {username}"], confirmation.QuerySelectorAll(".admin-cascade li").Select(li => li.NormalizedText()));
        await AssertRedirectsToAsync("/admin/users/", await staff.SubmitAsync(confirmation, $"/admin/users/{userId}/delete/", []));
        Assert.False(await ReadAsync(db => db.Users.AnyAsync(u => u.Id == userId)));
        Assert.False(await ReadAsync(db => db.Profiles.AnyAsync(p => p.UserId == userId)));
    }

    [Fact]
    public async Task Staff_can_make_a_user_staff_and_set_a_password_that_then_signs_in()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var id = await ReadAsync(db => db.Users.Where(u => u.UserName == "4meRomance").Select(u => u.Id).SingleAsync());
        var password = StaffAccounts.NewPassword();

        await AssertRedirectsToAsync("/admin/users/", await staff.SubmitAsync($"/admin/users/{id}/change/", new()
        {
            ["Form.IsStaff"] = "true",
            ["Form.NewPassword"] = password,
        }));

        var promoted = new AdminBrowser(app);
        using var signIn = await promoted.SignInAsync("4meRomance", password);
        Assert.Equal("/admin/", signIn.Headers.Location!.OriginalString);
        await promoted.GetAsync("/admin/addresses/");
    }

    [Fact]
    public async Task Staff_cannot_take_away_their_own_staff_access()
    {
        var username = "self" + Unique();
        var staff = await AdminBrowser.SignedInStaffAsync(app, username);
        var id = await ReadAsync(db => db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync());

        using var refused = await staff.SubmitAsync($"/admin/users/{id}/change/", new() { ["Form.IsStaff"] = AdminBrowser.Unchecked });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(Web.Admin.Users.EditModel.OwnStaffAccessMessage, FieldError(await ParseAsync(refused), "IsStaff"));
        await staff.GetAsync("/admin/users/");
    }

    [Fact]
    public async Task Staff_cannot_delete_the_account_they_are_signed_in_with()
    {
        var username = "keeper" + Unique();
        var staff = await AdminBrowser.SignedInStaffAsync(app, username);
        var id = await ReadAsync(db => db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync());

        var confirmation = await staff.GetAsync($"/admin/users/{id}/delete/");
        Assert.Equal(Web.Admin.Users.DeleteModel.OwnAccountRefusal, confirmation.QuerySelector(".admin-refusal")!.NormalizedText());
        Assert.DoesNotContain(confirmation.QuerySelectorAll("main button"), b => b.NormalizedText().StartsWith("Yes", StringComparison.Ordinal));

        using var refused = await staff.SubmitAsync(confirmation, $"/admin/users/{id}/delete/", new() { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.True(await ReadAsync(db => db.Users.AnyAsync(u => u.Id == id)));
        await staff.GetAsync("/admin/users/");
    }

    [Fact]
    public async Task Usernames_follow_the_original_rule_in_any_script_and_the_profile_page_answers()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var username = "José.Núñez-" + Unique();

        await AssertRedirectsToAsync("/admin/users/", await staff.SubmitAsync("/admin/users/add/", new() { ["Form.UserName"] = username }));
        var userId = await ReadAsync(db => db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync());
        await AssertRedirectsToAsync("/admin/profiles/", await staff.SubmitAsync("/admin/profiles/add/", new()
        {
            ["Form.UserId"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(username, (await staff.GetAsync($"/profiles/{Uri.EscapeDataString(username)}/")).Heading());

        using var spaced = await staff.SubmitAsync("/admin/users/add/", new() { ["Form.UserName"] = "two words" });
        Assert.Equal(Web.Accounts.AccountRules.UsernameMessage, FieldError(await ParseAsync(spaced), "UserName"));
    }

    [Fact]
    public async Task Duplicate_username_and_short_password_are_refused_beside_their_fields()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var before = await ReadAsync(db => db.Users.CountAsync());

        using var duplicate = await staff.SubmitAsync("/admin/users/add/", new() { ["Form.UserName"] = "DavWin" });
        Assert.Equal("Username 'DavWin' is already taken.", FieldError(await ParseAsync(duplicate), "UserName"));

        using var weak = await staff.SubmitAsync("/admin/users/add/", new() { ["Form.UserName"] = "weak" + Unique(), ["Form.NewPassword"] = "short" });
        Assert.Equal("Passwords must be at least 12 characters.", FieldError(await ParseAsync(weak), "NewPassword"));

        Assert.Equal(before, await ReadAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task The_second_of_two_concurrent_saves_is_refused_with_a_clear_message()
    {
        var first = await AdminBrowser.SignedInStaffAsync(app);
        var second = await AdminBrowser.SignedInStaffAsync(app);
        var id = await AddAddressAsync(first, "Contested " + Unique());
        var url = $"/admin/addresses/{id}/change/";
        var firstForm = await first.GetAsync(url);
        var secondForm = await second.GetAsync(url);

        await AssertRedirectsToAsync("/admin/addresses/", await first.SubmitAsync(firstForm, url, new() { ["Form.City"] = "Irvine" }));
        using var refused = await second.SubmitAsync(secondForm, url, new() { ["Form.City"] = "Anaheim" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var summary = (await ParseAsync(refused)).QuerySelector(".admin-summary")!.NormalizedText();
        Assert.Contains("changed by someone else after you opened it", summary, StringComparison.Ordinal);
        Assert.Equal("Irvine", await ReadAsync(db => db.Addresses.Where(a => a.Id == id).Select(a => a.City).SingleAsync()));
    }

    [Fact]
    public async Task The_second_of_two_concurrent_user_saves_is_refused_too()
    {
        var first = await AdminBrowser.SignedInStaffAsync(app);
        var second = await AdminBrowser.SignedInStaffAsync(app);
        var id = await ReadAsync(db => db.Users.Where(u => u.UserName == "HeadlinesGazer").Select(u => u.Id).SingleAsync());
        var url = $"/admin/users/{id}/change/";
        var firstForm = await first.GetAsync(url);
        var secondForm = await second.GetAsync(url);

        await AssertRedirectsToAsync("/admin/users/", await first.SubmitAsync(firstForm, url, new() { ["Form.FirstName"] = "Jamie-Lee" }));
        using var refused = await second.SubmitAsync(secondForm, url, new() { ["Form.FirstName"] = "James" });

        Assert.Contains("changed by someone else", (await ParseAsync(refused)).QuerySelector(".admin-summary")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal("Jamie-Lee", await ReadAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.FirstName).SingleAsync()));
    }

    [Fact]
    public async Task Recent_actions_show_who_did_what_to_which_record_and_when()
    {
        var username = "recorder" + Unique();
        var staff = await AdminBrowser.SignedInStaffAsync(app, username);
        var street = "Recorded Road " + Unique();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var id = await AddAddressAsync(staff, street);
        await staff.SubmitAsync($"/admin/addresses/{id}/change/", new() { ["Form.Number"] = "13" });

        var stored = await ReadAsync(db => db.AdminActions.Where(a => a.RecordType == "Address" && a.RecordId == id).OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(["Added", "Changed"], stored.Select(a => a.Kind.ToString()));
        Assert.All(stored, a =>
        {
            Assert.Equal(username, a.UserName);
            Assert.NotNull(a.UserId);
            Assert.InRange(a.Time, before, DateTimeOffset.UtcNow.AddSeconds(1));
        });
        Assert.Equal(["12 " + street, "13 " + street], stored.Select(a => a.RecordName));

        var home = await staff.GetAsync("/admin/");
        var newest = home.QuerySelector(".admin-recent li")!;
        Assert.StartsWith($"Changed address “13 {street}” by {username},", newest.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal($"/admin/addresses/{id}/change/", newest.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(newest.QuerySelector("time[datetime]"));
        Assert.InRange(home.QuerySelectorAll(".admin-recent li").Length, 1, 20);
    }

    private static async Task<int> AddAddressAsync(AdminBrowser staff, string street)
    {
        using var response = await staff.SubmitAsync("/admin/addresses/add/", new(s_address) { ["Form.Street"] = street });
        await AssertRedirectsToAsync("/admin/addresses/", response);
        var list = await staff.GetAsync($"/admin/addresses/?q={Uri.EscapeDataString(street)}");
        var href = list.QuerySelector("tbody tr th a")!.GetAttribute("href")!;
        return int.Parse(href.Split('/')[3], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task AssertRedirectsToAsync(string location, HttpResponseMessage response)
    {
        using (response)
        {
            var body = response.StatusCode == HttpStatusCode.Redirect ? "" : await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {body}");
            Assert.Equal(location, response.Headers.Location!.OriginalString);
        }
    }

    private static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
    }

    private static string FieldError(IHtmlDocument page, string field) =>
        page.QuerySelector($"#Form_{field}-error")?.NormalizedText() ?? throw new Xunit.Sdk.XunitException($"no message element for {field}");

    private Task<T> ReadAsync<T>(Func<Lettings.Web.Data.LettingsDbContext, Task<T>> read) => app.WithDbAsync(read);

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];
}

public sealed class BackOfficeCrudOnSqlite(SqliteApp app) : BackOfficeCrudTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class BackOfficeCrudOnPostgres(PostgresApp app) : BackOfficeCrudTests(app), IClassFixture<PostgresApp>;
