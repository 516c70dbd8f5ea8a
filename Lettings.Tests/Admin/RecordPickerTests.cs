using System.Net.Http.Json;
using Lettings.Web.Admin.Common;
using Lettings.Web.Lettings;
using static Lettings.Tests.Admin.ListPages;

namespace Lettings.Tests.Admin;

/// <summary>
/// The letting's address and the profile's account pickers: their JSON handlers offer at most 20 free records matching
/// every word typed, newest first; without JavaScript the form's "Find" button offers the matches and the form keeps
/// what was chosen; the server refuses a record that is not free.
/// </summary>
public abstract class RecordPickerTests(LettingsApp app)
{
    [Fact]
    public async Task The_address_handler_offers_at_most_20_free_addresses_matching_every_word_newest_first()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var token = Token();
        var ids = await AddAddressesAsync(token, 25);
        var taken = ids[^1];
        await app.WithDbAsync(db =>
        {
            db.Lettings.Add(new Letting { Title = "Taken " + token, AddressId = taken });
            return db.SaveChangesAsync();
        });

        var offered = await ChoicesAsync(staff, $"/admin/lettings/add/?handler=Addresses&q={token}");
        Assert.Equal(ids.Where(id => id != taken).OrderDescending().Take(PickerSearch.MaxChoices), offered.Select(c => c.Id));

        // Every word must match a field: the street's token and the city of one of them, in any case.
        var one = await ChoicesAsync(staff, $"/admin/lettings/add/?handler=Addresses&q={token.ToUpperInvariant()}+PICKERCITY7");
        Assert.Equal([$"7 {token} Road, Pickercity7"], one.Select(c => c.Label));
        Assert.Empty(await ChoicesAsync(staff, $"/admin/lettings/add/?handler=Addresses&q={token}+nowhere"));

        // A letting's own address is offered on its change page, and only there.
        var letting = await app.WithDbAsync(db => db.Lettings.Where(l => l.AddressId == taken).Select(l => l.Id).SingleAsync());
        Assert.Contains(taken, (await ChoicesAsync(staff, $"/admin/lettings/{letting}/change/?handler=Addresses&q={token}+pickercity25")).Select(c => c.Id));
        Assert.Empty(await ChoicesAsync(staff, $"/admin/lettings/add/?handler=Addresses&q={token}+pickercity25"));
    }

    [Fact]
    public async Task The_account_handler_offers_accounts_without_a_profile()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app, administrator: false);
        var token = Token();
        var free = await StaffAccounts.CreateMemberAsync(app, "free-" + token);
        await StaffAccounts.CreateMemberAsync(app, "kept-" + token);
        await app.WithDbAsync(db =>
        {
            db.Profiles.Add(new Web.Profiles.Profile { UserId = db.Users.Single(u => u.UserName == "kept-" + token).Id });
            return db.SaveChangesAsync();
        });

        var offered = await ChoicesAsync(staff, $"/admin/profiles/add/?handler=Users&q={token}");

        Assert.Equal([free.Username], offered.Select(c => c.Label));
    }

    [Theory]
    [InlineData("/admin/lettings/add/?handler=Addresses&q=a%00b")]
    [InlineData("/admin/profiles/add/?handler=Users&q=%1F")]
    public async Task A_search_with_a_control_character_is_a_bad_request(string url)
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        using var response = await staff.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_handlers_are_guarded_like_the_pages()
    {
        var endpoints = (await BackOfficeEndpoints.DiscoverAsync(app.Services)).Select(e => e.Url).ToList();
        Assert.Contains("/admin/lettings/add/?handler=Addresses", endpoints);
        Assert.Contains("/admin/profiles/1/change/?handler=Users", endpoints);

        using var anonymous = await new AdminBrowser(app).Client.GetAsync("/admin/lettings/add/?handler=Addresses&q=a");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/admin/login/", anonymous.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Without_javascript_find_offers_the_matches_and_the_chosen_address_is_saved()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var token = Token();
        var ids = await AddAddressesAsync(token, 3);
        var title = "Found " + token;

        // "Find" posts the form back: the title typed stays, the matches are offered, nothing is saved or refused.
        var form = await staff.GetAsync("/admin/lettings/add/");
        var findAction = form.QuerySelector("button[formaction]")!.GetAttribute("formaction")!;
        Assert.Equal("/admin/lettings/add/?handler=Find", findAction);
        using var find = await staff.SubmitAsync(form, findAction, new() { ["Form.Title"] = title, ["AddressSearch"] = token + " pickercity2" });
        Assert.Equal(HttpStatusCode.OK, find.StatusCode);
        var found = HtmlExtensions.Parse(await find.Content.ReadAsStringAsync());
        Assert.Equal([ids[1]], OfferedIds(found));
        Assert.Equal(title, found.QuerySelector("#Form_Title")!.GetAttribute("value"));
        Assert.Empty(found.QuerySelectorAll(".is-invalid"));
        Assert.False(await app.WithDbAsync(db => db.Lettings.AnyAsync(l => l.Title == title)));

        // A field's error keeps the address chosen; then the save goes through.
        using var refused = await staff.SubmitAsync(found, "/admin/lettings/add/", new() { ["Form.Title"] = "", ["Form.AddressId"] = Text(ids[1]) });
        var again = HtmlExtensions.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(Text(ids[1]), again.QuerySelector("#Form_AddressId option[selected]")!.GetAttribute("value"));
        Assert.NotEmpty(again.QuerySelector("#Form_Title-error")!.NormalizedText());
        using var saved = await staff.SubmitAsync(again, "/admin/lettings/add/", new() { ["Form.Title"] = title });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var letting = await app.WithDbAsync(db => db.Lettings.SingleAsync(l => l.Title == title));
        Assert.Equal(ids[1], letting.AddressId);

        // Its change page holds its address, chosen, among at most 20 others.
        var change = await staff.GetAsync($"/admin/lettings/{letting.Id}/change/");
        Assert.Equal(Text(ids[1]), change.QuerySelector("#Form_AddressId option[selected]")!.GetAttribute("value"));
        Assert.InRange(OfferedIds(change).Count, 1, PickerSearch.MaxChoices + 1);
        Assert.Equal($"/admin/lettings/{letting.Id}/change/?handler=Addresses", change.QuerySelector("[data-picker-source]")!.GetAttribute("data-picker-source"));
    }

    [Fact]
    public async Task A_taken_account_typed_into_the_form_is_refused_and_kept_as_chosen()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var takenId = await app.WithDbAsync(db => db.Profiles.OrderBy(p => p.Id).Select(p => p.UserId).FirstAsync());

        using var response = await staff.SubmitAsync("/admin/profiles/add/", new() { ["Form.UserId"] = Text(takenId) });

        var page = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose a user account that has no profile yet.", page.QuerySelector("#Form_UserId-error")!.NormalizedText());
        Assert.Equal(Text(takenId), page.QuerySelector("#Form_UserId option[selected]")!.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#Form_UserId")!.GetAttribute("aria-invalid"));
    }

    private static IReadOnlyList<int> OfferedIds(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#Form_AddressId option").Select(o => o.GetAttribute("value")).Where(v => v != "").Select(v => int.Parse(v!, System.Globalization.CultureInfo.InvariantCulture))];

    private static async Task<IReadOnlyList<PickerChoice>> ChoicesAsync(AdminBrowser staff, string url)
    {
        using var response = await staff.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return (await response.Content.ReadFromJsonAsync<List<PickerChoice>>())!;
    }

    /// <summary>Addresses numbered 1 to <paramref name="count"/> on the token's road, each in its own city; their ids in that order.</summary>
    private async Task<IReadOnlyList<int>> AddAddressesAsync(string token, int count)
    {
        var addresses = Enumerable.Range(1, count)
            .Select(i => new Address { Number = i, Street = $"{token} Road", City = $"Pickercity{i}", State = "CA", ZipCode = 90000 + i, CountryIsoCode = "USA" })
            .ToList();
        await app.WithDbAsync(db =>
        {
            db.Addresses.AddRange(addresses);
            return db.SaveChangesAsync();
        });
        return [.. addresses.Select(a => a.Id)];
    }
}

public sealed class RecordPickerOnSqlite(SqliteApp app) : RecordPickerTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class RecordPickerOnPostgres(PostgresApp app) : RecordPickerTests(app), IClassFixture<PostgresApp>;
