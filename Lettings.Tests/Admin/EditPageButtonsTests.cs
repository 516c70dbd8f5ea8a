namespace Lettings.Tests.Admin;

/// <summary>"Save and add another" and "Save and continue editing" beside "Save"; "View on site" for the records the site shows.</summary>
public abstract class EditPageButtonsTests(LettingsApp app)
{
    private static readonly Dictionary<string, string> s_address = new()
    {
        ["Form.Number"] = "7",
        ["Form.City"] = "Laguna Beach",
        ["Form.State"] = "CA",
        ["Form.ZipCode"] = "92651",
        ["Form.CountryIsoCode"] = "USA",
    };

    [Fact]
    public async Task Each_save_button_leads_where_it_says_after_saving()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var token = ListPages.Token();

        var form = await staff.GetAsync("/admin/addresses/add/");
        Assert.Equal(
            [("Save", ""), ("Save and add another", "AddAnother"), ("Save and continue editing", "ContinueEditing")],
            form.QuerySelectorAll("form.admin-form button[type=submit]").Select(b => (b.NormalizedText(), b.GetAttribute("value") ?? "")));

        using var another = await staff.SubmitAsync(form, "/admin/addresses/add/", new(s_address) { ["Form.Street"] = $"{token} One", ["Then"] = "AddAnother" });
        Assert.Equal(HttpStatusCode.Redirect, another.StatusCode);
        Assert.Equal("/admin/addresses/add/", another.Headers.Location!.OriginalString);
        var next = await staff.GetAsync("/admin/addresses/add/");
        Assert.Contains($"{token} One", next.QuerySelector(".alert-success")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal("", next.QuerySelector("#Form_Street")!.GetAttribute("value") ?? "");

        using var continued = await staff.SubmitAsync(next, "/admin/addresses/add/", new(s_address) { ["Form.Street"] = $"{token} Two", ["Then"] = "ContinueEditing" });
        var id = await app.WithDbAsync(db => db.Addresses.Where(a => a.Street == $"{token} Two").Select(a => a.Id).SingleAsync());
        Assert.Equal($"/admin/addresses/{id}/change/", continued.Headers.Location!.OriginalString);

        using var saved = await staff.SubmitAsync($"/admin/addresses/{id}/change/", new() { ["Form.City"] = "Dana Point", ["Then"] = "ContinueEditing" });
        Assert.Equal($"/admin/addresses/{id}/change/", saved.Headers.Location!.OriginalString);
        using var listed = await staff.SubmitAsync($"/admin/addresses/{id}/change/", new() { ["Form.City"] = "Irvine" });
        Assert.Equal("/admin/addresses/", listed.Headers.Location!.OriginalString);
        Assert.Equal(2, await app.WithDbAsync(db => db.Addresses.CountAsync(a => a.Street.StartsWith(token))));
    }

    [Fact]
    public async Task A_lettings_change_page_links_to_its_public_page_and_the_add_page_does_not()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        Assert.Contains(("View on site", "/lettings/1/"), (await staff.GetAsync("/admin/lettings/1/change/")).Links("main a"));
        Assert.DoesNotContain((await staff.GetAsync("/admin/lettings/add/")).Links("main a"), l => l.Text == "View on site");
    }

    [Fact]
    public async Task A_profiles_change_page_links_to_its_public_page_under_the_stored_username()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var (id, username) = await app.WithDbAsync(db => db.Profiles.OrderBy(p => p.Id).Select(p => new ValueTuple<int, string>(p.Id, p.User!.UserName!)).FirstAsync());

        var page = await staff.GetAsync($"/admin/profiles/{id}/change/");

        var link = page.Links("main a").Single(l => l.Text == "View on site").Href;
        Assert.Equal($"/profiles/{username}/", link);
        Assert.Equal(username, (await staff.GetAsync(link)).Heading());
        Assert.DoesNotContain((await staff.GetAsync("/admin/profiles/add/")).Links("main a"), l => l.Text == "View on site");
    }
}

public sealed class EditPageButtonsOnSqlite(SqliteApp app) : EditPageButtonsTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class EditPageButtonsOnPostgres(PostgresApp app) : EditPageButtonsTests(app), IClassFixture<PostgresApp>;
