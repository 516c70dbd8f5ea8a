using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Lettings.Web.Admin.RecentActions;

namespace Lettings.Tests.Admin;

/// <summary>
/// Each add, change and delete records the fields it changed, before and after; a save that changes nothing records
/// nothing; a password is noted without any value. The History page lists them, linked from the edit page and the
/// home's recent actions.
/// </summary>
public abstract class RecordHistoryTests(LettingsApp app)
{
    private static readonly Dictionary<string, string> s_address = new()
    {
        ["Form.Number"] = "21",
        ["Form.Street"] = "Pelican Way",
        ["Form.City"] = "Newport Beach",
        ["Form.State"] = "CA",
        ["Form.ZipCode"] = "92660",
        ["Form.CountryIsoCode"] = "USA",
    };

    [Fact]
    public async Task An_address_history_shows_what_each_add_change_and_delete_did_and_outlives_the_address()
    {
        var (staff, username) = await SignInAsync();
        var street = "History Lane " + Unique();
        var id = await AddAddressAsync(staff, street);

        await staff.SubmitAsync($"/admin/addresses/{id}/change/", new() { ["Form.City"] = "Irvine", ["Form.ZipCode"] = "92618" });
        var edit = await staff.GetAsync($"/admin/addresses/{id}/change/");
        var historyLink = edit.Links("main a").Single(l => l.Text == "History");
        Assert.Equal($"/admin/addresses/{id}/history/", historyLink.Href);

        var history = await staff.GetAsync(historyLink.Href);
        Assert.Equal($"History of “21 {street}”", history.Heading());
        var entries = Entries(history);
        Assert.Equal(2, entries.Count);
        Assert.StartsWith($"Added by {username},", entries[0].Heading, StringComparison.Ordinal);
        Assert.Equal(
            [("Number", "—", "21"), ("Street", "—", street), ("City", "—", "Newport Beach"), ("State", "—", "CA"), ("Zip code", "—", "92660"), ("Country ISO code", "—", "USA")],
            entries[0].Changes);
        Assert.StartsWith($"Changed by {username},", entries[1].Heading, StringComparison.Ordinal);
        Assert.Equal([("City", "Newport Beach", "Irvine"), ("Zip code", "92660", "92618")], entries[1].Changes);

        await staff.SubmitAsync($"/admin/addresses/{id}/delete/", []);
        var afterDelete = await staff.GetAsync($"/admin/addresses/{id}/history/");
        var deleted = Entries(afterDelete);
        Assert.Equal(3, deleted.Count);
        Assert.StartsWith("Deleted by", deleted[2].Heading, StringComparison.Ordinal);
        Assert.Contains(("City", "Irvine", "—"), deleted[2].Changes);
        Assert.Contains("has been deleted", afterDelete.QuerySelector("main")!.NormalizedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_that_changes_nothing_records_nothing()
    {
        var (staff, _) = await SignInAsync();
        var id = await AddAddressAsync(staff, "Unchanged Court " + Unique());
        var before = await CountActionsAsync("Address", id);

        using var saved = await staff.SubmitAsync($"/admin/addresses/{id}/change/", []);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(before, await CountActionsAsync("Address", id));
        Assert.Single(Entries(await staff.GetAsync($"/admin/addresses/{id}/history/")));
    }

    [Fact]
    public async Task A_letting_moved_to_another_address_names_both_addresses()
    {
        var (staff, _) = await SignInAsync();
        var first = await AddAddressAsync(staff, "First Street " + Unique());
        var second = await AddAddressAsync(staff, "Second Street " + Unique());
        var title = "Moving House " + Unique();
        await staff.SubmitAsync("/admin/lettings/add/", new() { ["Form.Title"] = title, ["Form.AddressId"] = Text(first) });
        var letting = await app.WithDbAsync(db => db.Lettings.Where(l => l.Title == title).Select(l => l.Id).SingleAsync());

        await staff.SubmitAsync($"/admin/lettings/{letting}/change/", new() { ["Form.AddressId"] = Text(second) });

        var entries = Entries(await staff.GetAsync($"/admin/lettings/{letting}/history/"));
        var firstName = await AddressNameAsync(first);
        var secondName = await AddressNameAsync(second);
        Assert.Equal([("Title", "—", title), ("Address", "—", firstName)], entries[0].Changes);
        Assert.Equal([("Address", firstName, secondName)], entries[1].Changes);
    }

    [Fact]
    public async Task A_new_password_is_noted_without_any_value_and_a_new_right_as_a_role()
    {
        var (staff, _) = await SignInAsync();
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == "4meRomance").Select(u => u.Id).SingleAsync());
        var password = StaffAccounts.NewPassword();

        await staff.SubmitAsync($"/admin/users/{id}/change/", new() { ["Form.NewPassword"] = password, ["Form.LastName"] = "Romero", ["Form.IsStaff"] = "true" });

        var page = await staff.GetAsync($"/admin/users/{id}/history/");
        var entry = Assert.Single(Entries(page));
        Assert.Equal(["Last name", "Password", "Staff role"], entry.Changes.Select(c => c.Field));
        Assert.Equal(("Staff role", "No", "Yes"), entry.Changes[2]);
        Assert.Equal("Changed (never shown)", page.QuerySelectorAll(".admin-history-changes tbody tr")[1].QuerySelector("td")!.NormalizedText());
        var hash = await app.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync());
        var stored = await app.WithDbAsync(db => db.Set<AdminActionChange>().Select(c => c.OldValue + " " + c.NewValue).ToListAsync());
        Assert.DoesNotContain(stored, value => value.Contains(password, StringComparison.Ordinal) || value.Contains(hash!, StringComparison.Ordinal));
        Assert.DoesNotContain(password, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_recent_action_on_the_home_links_to_its_record_s_history()
    {
        var (staff, _) = await SignInAsync();
        var id = await AddAddressAsync(staff, "Linked Row " + Unique());
        await staff.SubmitAsync($"/admin/addresses/{id}/delete/", []);

        var home = await staff.GetAsync("/admin/");
        var newest = home.QuerySelector(".admin-recent li")!;

        Assert.Equal($"/admin/addresses/{id}/history/", newest.QuerySelector("a.admin-recent-history")!.GetAttribute("href"));
        Assert.All(home.QuerySelectorAll(".admin-recent li"), item => Assert.NotNull(item.QuerySelector("a.admin-recent-history")));
        await staff.GetAsync($"/admin/addresses/{id}/history/");
    }

    [Fact]
    public async Task A_record_without_history_says_so_and_an_unknown_one_is_not_found()
    {
        var (staff, _) = await SignInAsync();

        var seeded = await staff.GetAsync("/admin/lettings/1/history/");
        Assert.Empty(Entries(seeded));
        Assert.Contains("No change to this letting has been recorded yet.", seeded.QuerySelector("main")!.NormalizedText(), StringComparison.Ordinal);

        await staff.GetAsync("/admin/lettings/999999/history/", expectedStatus: 404);
    }

    private async Task<(AdminBrowser Staff, string Username)> SignInAsync()
    {
        var username = "historian" + Unique();
        return (await AdminBrowser.SignedInStaffAsync(app, username), username);
    }

    private static async Task<int> AddAddressAsync(AdminBrowser staff, string street)
    {
        using var response = await staff.SubmitAsync("/admin/addresses/add/", new(s_address) { ["Form.Street"] = street });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await staff.GetAsync($"/admin/addresses/?q={Uri.EscapeDataString(street)}");
        var href = list.QuerySelector("tbody tr th a")!.GetAttribute("href")!;
        return int.Parse(href.Split('/')[3], CultureInfo.InvariantCulture);
    }

    private Task<string> AddressNameAsync(int id) =>
        app.WithDbAsync(async db => (await db.Addresses.SingleAsync(a => a.Id == id)).ToString());

    private Task<int> CountActionsAsync(string type, int id) =>
        app.WithDbAsync(db => db.AdminActions.CountAsync(a => a.RecordType == type && a.RecordId == id));

    private static List<(string Heading, List<(string Field, string Before, string After)> Changes)> Entries(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("ol.admin-history > li").Select(entry => (
            entry.QuerySelector("h2")!.NormalizedText(),
            entry.QuerySelectorAll(".admin-history-changes tbody tr").Select(Row).ToList()))];

    private static (string Field, string Before, string After) Row(IElement row)
    {
        var cells = row.QuerySelectorAll("td").Select(c => c.NormalizedText()).ToList();
        return (row.QuerySelector("th")!.NormalizedText(), cells[0], cells.Count > 1 ? cells[1] : "");
    }

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static string Unique() => Guid.NewGuid().ToString("N")[..8];
}

public sealed class RecordHistoryOnSqlite(SqliteApp app) : RecordHistoryTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class RecordHistoryOnPostgres(PostgresApp app) : RecordHistoryTests(app), IClassFixture<PostgresApp>;
