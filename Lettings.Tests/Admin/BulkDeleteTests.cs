using AngleSharp.Html.Dom;
using Lettings.Web.Accounts;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Lettings;
using Lettings.Web.Profiles;

namespace Lettings.Tests.Admin;

/// <summary>
/// "Delete selected": the rows ticked in a list lead to one confirmation page naming everything the cascade also
/// deletes; confirming deletes them with one recent action each and returns to the same list; records that may not
/// be deleted (the staff member's own account) are named and skipped.
/// </summary>
public abstract class BulkDeleteTests(LettingsApp app)
{
    [Fact]
    public async Task Selected_addresses_are_deleted_with_their_lettings_one_recent_action_each_back_to_the_same_list()
    {
        var token = ListPages.Token();
        var addresses = await app.WithDbAsync(async db =>
        {
            var added = Enumerable.Range(0, 4).Select(i => new Address
            {
                Number = i + 1,
                Street = $"{token} Road",
                City = "Orange",
                State = "CA",
                ZipCode = 92866,
                CountryIsoCode = "USA",
                Letting = i % 2 == 0 ? new Letting { Title = $"{token} Home {i}" } : null,
            }).ToList();
            db.Addresses.AddRange(added);
            await db.SaveChangesAsync();
            return added;
        });
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var listQuery = $"?q={token}&o=-street";
        var list = await staff.GetAsync($"/admin/addresses/{listQuery}");
        var chosen = addresses.Take(3).ToList();

        // The list's selection boxes belong to its bulk form, which carries the list to come back to.
        var bulk = (IHtmlFormElement)list.QuerySelector("form#bulk-actions")!;
        Assert.Equal("get", bulk.Method, ignoreCase: true);
        Assert.Equal("/admin/addresses/delete/", bulk.GetAttribute("action"));
        Assert.Equal(listQuery, ((IHtmlInputElement)bulk.QuerySelector("input[name=list]")!).Value);
        var boxes = list.QuerySelectorAll("tbody input[type=checkbox][name=id]").ToList();
        Assert.Equal(4, boxes.Count);
        Assert.All(boxes, box => Assert.Equal("bulk-actions", box.GetAttribute("form")));
        Assert.All(boxes, box => Assert.False(string.IsNullOrEmpty(box.GetAttribute("aria-label"))));

        // "Select all on this page" is hidden until its own script (no inline script under the CSP) shows it.
        Assert.True(list.QuerySelector("thead input[data-select-all]")!.HasAttribute("hidden"));
        Assert.Contains(list.Scripts.Select(script => script.GetAttribute("src") ?? ""), src => src.StartsWith("/js/admin-select.", StringComparison.Ordinal) && src.EndsWith(".js", StringComparison.Ordinal));
        Assert.All(list.Scripts, script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src"))));

        var url = "/admin/addresses/delete/?" + string.Join("&", chosen.Select(a => $"id={a.Id}")) + $"&list={Uri.EscapeDataString(listQuery)}";
        var confirmation = await staff.GetAsync(url);

        Assert.Equal("Delete addresses", confirmation.Heading());
        var items = confirmation.QuerySelectorAll(".admin-deletions > li").ToList();
        Assert.Equal(chosen.Select(a => a.ToString()), items.Select(li => li.QuerySelector("strong")!.NormalizedText()));
        Assert.Equal([$"Letting: {token} Home 0"], items[0].QuerySelectorAll(".admin-cascade li").Select(li => li.NormalizedText()));
        Assert.Empty(items[1].QuerySelectorAll(".admin-cascade li"));
        Assert.Equal([$"Letting: {token} Home 2"], items[2].QuerySelectorAll(".admin-cascade li").Select(li => li.NormalizedText()));
        Assert.Equal($"/admin/addresses/{listQuery}", confirmation.QuerySelector("form.admin-actions a")!.GetAttribute("href"));
        Assert.Equal("Yes, delete 3", confirmation.QuerySelector("form.admin-actions button")!.NormalizedText());

        using var response = await staff.SubmitAsync(confirmation, url, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/addresses/{listQuery}", response.Headers.Location!.OriginalString);

        var ids = chosen.Select(a => a.Id).ToList();
        Assert.Equal([addresses[3].Id], await app.WithDbAsync(db => db.Addresses.Where(a => a.Street == $"{token} Road").Select(a => a.Id).ToListAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Lettings.CountAsync(l => l.Title.StartsWith(token))));
        var actions = await app.WithDbAsync(db => db.AdminActions.Where(a => a.RecordType == "Address" && ids.Contains(a.RecordId)).ToListAsync());
        Assert.Equal(ids.Order(), actions.Select(a => a.RecordId).Order());
        Assert.All(actions, a => Assert.Equal(AdminActionKind.Deleted, a.Kind));

        var after = await staff.GetAsync(response.Headers.Location!.OriginalString);
        var message = after.QuerySelector(".alert-success")!.NormalizedText();
        Assert.All(chosen, a => Assert.Contains(a.ToString(), message, StringComparison.Ordinal));
        Assert.Equal([addresses[3].Id], after.RowIds());
    }

    [Fact]
    public async Task The_signed_in_account_is_named_and_skipped_and_the_others_are_deleted_with_their_profiles()
    {
        var token = ListPages.Token();
        var own = $"{token}-me";
        var staff = await AdminBrowser.SignedInStaffAsync(app, own);
        var members = await app.WithDbAsync(async db =>
        {
            var added = Enumerable.Range(0, 2).Select(i => new LettingsUser
            {
                UserName = $"{token}-{i}",
                NormalizedUserName = $"{token}-{i}".ToUpperInvariant(),
                SecurityStamp = Guid.NewGuid().ToString(),
                Profile = i == 0 ? new Profile { FavoriteCity = "Irvine" } : null,
            }).ToList();
            db.Users.AddRange(added);
            await db.SaveChangesAsync();
            return added;
        });
        var ownId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == own).Select(u => u.Id).SingleAsync());
        int[] ids = [members[0].Id, ownId, members[1].Id];
        var url = "/admin/users/delete/?" + string.Join("&", ids.Select(id => $"id={id}"));

        var confirmation = await staff.GetAsync(url);
        var items = confirmation.QuerySelectorAll(".admin-deletions > li").ToDictionary(li => li.QuerySelector("strong")!.NormalizedText());
        Assert.Equal([$"Profile: {token}-0"], items[$"{token}-0"].QuerySelectorAll(".admin-cascade li").Select(li => li.NormalizedText()));
        Assert.Equal(Web.Admin.Users.DeleteModel.OwnAccountRefusal, items[own].QuerySelector(".admin-refusal")!.NormalizedText());
        Assert.Equal("Yes, delete 2", confirmation.QuerySelector("form.admin-actions button")!.NormalizedText());

        // The own account's id is sent as well, as a tampered form would: it is refused on the server too.
        var form = confirmation.QuerySelector("form.admin-actions")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        Assert.Equal(2, fields.Count(f => f.Key == "id"));
        fields.Add(new("id", ListPages.Text(ownId)));
        using var content = new FormUrlEncodedContent(fields);
        using var response = await staff.Client.PostAsync(url, content);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Equal([ownId], await app.WithDbAsync(db => db.Users.Where(u => ids.Contains(u.Id)).Select(u => u.Id).ToListAsync()));
        Assert.False(await app.WithDbAsync(db => db.Profiles.AnyAsync(p => p.UserId == members[0].Id)));
        var deleted = await app.WithDbAsync(db => db.AdminActions.Where(a => a.RecordType == "User" && ids.Contains(a.RecordId)).Select(a => a.RecordId).ToListAsync());
        Assert.Equal([members[0].Id, members[1].Id], deleted.Order());

        var list = await staff.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Contains(own, list.QuerySelector(".alert-warning")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains(Web.Admin.Users.DeleteModel.OwnAccountRefusal, list.QuerySelector(".alert-warning")!.NormalizedText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_selected_with_nothing_ticked_goes_back_to_the_list_saying_so()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        using var response = await staff.Client.GetAsync($"/admin/lettings/delete/?list={Uri.EscapeDataString("?q=sea&p=2")}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/lettings/?q=sea&p=2", response.Headers.Location!.OriginalString);
        var list = await staff.GetAsync(response.Headers.Location!.OriginalString);
        Assert.NotNull(list.QuerySelector(".alert-warning"));
    }

    [Fact]
    public async Task The_list_to_return_to_is_only_ever_a_query_string_of_the_same_list()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        using var response = await staff.Client.GetAsync($"/admin/profiles/delete/?list={Uri.EscapeDataString("//evil.example/?q=x")}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/profiles/", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Selected_ids_that_no_longer_exist_are_not_found()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        await staff.GetAsync("/admin/lettings/delete/?id=987654&id=987655", expectedStatus: 404);
        await staff.GetAsync("/admin/lettings/delete/?id=x", expectedStatus: 302);
    }
}

public sealed class BulkDeleteOnSqlite(SqliteApp app) : BulkDeleteTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class BulkDeleteOnPostgres(PostgresApp app) : BulkDeleteTests(app), IClassFixture<PostgresApp>;
