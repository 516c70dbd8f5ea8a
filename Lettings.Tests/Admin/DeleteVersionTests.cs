using Lettings.Web.Admin.Common;
using Lettings.Web.Lettings;

namespace Lettings.Tests.Admin;

/// <summary>
/// A delete is of the records the confirmation page showed: one changed since is not deleted; the page says so and
/// shows it as it is now, and a bulk delete deletes the others and names the changed ones.
/// </summary>
public abstract class DeleteVersionTests(LettingsApp app)
{
    [Fact]
    public async Task A_letting_changed_after_its_confirmation_page_was_shown_is_not_deleted()
    {
        var (id, _) = await AddLettingsAsync();
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var url = $"/admin/lettings/{id}/delete/";
        var confirmation = await staff.GetAsync(url);
        await RenameAsync(id, "Renamed meanwhile");

        using var refused = await staff.SubmitAsync(confirmation, url, []);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = HtmlExtensions.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Renamed meanwhile", page.QuerySelector("[role=alert]")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains("Renamed meanwhile", page.QuerySelector("main")!.NormalizedText(), StringComparison.Ordinal);
        Assert.True(await ExistsAsync(id));

        // Confirmed again on the page as it is now, it is deleted.
        using var deleted = await staff.SubmitAsync(page, url, []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await ExistsAsync(id));
    }

    [Fact]
    public async Task A_bulk_delete_deletes_the_records_as_shown_and_names_the_changed_one()
    {
        var (first, second) = await AddLettingsAsync();
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var url = $"/admin/lettings/delete/?id={first}&id={second}";
        var confirmation = await staff.GetAsync(url);
        await RenameAsync(second, "Changed meanwhile");

        using var response = await staff.SubmitAsync(confirmation, url, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await ExistsAsync(first));
        Assert.True(await ExistsAsync(second));
        var list = await staff.GetAsync(response.Headers.Location!.OriginalString);
        var warning = list.QuerySelector(".alert-warning")!.NormalizedText();
        Assert.Contains("Changed meanwhile", warning, StringComparison.Ordinal);
        Assert.Contains(DeleteVersions.ChangedRefusal, warning, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_delete_posted_without_the_versions_deletes_nothing()
    {
        var (id, _) = await AddLettingsAsync();
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var url = $"/admin/lettings/{id}/delete/";
        var confirmation = await staff.GetAsync(url);
        confirmation.QuerySelector($"input[name='versions[{id}]']")!.Remove();

        using var refused = await staff.SubmitAsync(confirmation, url, []);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.True(await ExistsAsync(id));
    }

    [Fact]
    public async Task An_account_changed_after_its_confirmation_page_was_shown_is_not_deleted()
    {
        var target = await StaffAccounts.CreateAsync(app, administrator: false);
        var id = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == target.Username).Select(u => u.Id).SingleAsync());
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var url = $"/admin/users/{id}/delete/";
        var confirmation = await staff.GetAsync(url);
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.FirstName, "Changed").SetProperty(u => u.ConcurrencyStamp, Guid.NewGuid().ToString())));

        using var refused = await staff.SubmitAsync(confirmation, url, []);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == id)));
    }

    private async Task<(int, int)> AddLettingsAsync()
    {
        var token = ListPages.Token();
        var lettings = await app.WithDbAsync(async db =>
        {
            var added = Enumerable.Range(0, 2).Select(i => new Letting
            {
                Title = $"{token} Delete {i}",
                Address = new Address { Number = i + 1, Street = $"{token} Lane", City = "Orange", State = "CA", ZipCode = 92866, CountryIsoCode = "USA" },
            }).ToList();
            db.Lettings.AddRange(added);
            await db.SaveChangesAsync();
            return added;
        });
        return (lettings[0].Id, lettings[1].Id);
    }

    private Task<int> RenameAsync(int id, string title) =>
        app.WithDbAsync(db => db.Lettings.Where(l => l.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Title, title).SetProperty(l => l.Version, Guid.NewGuid())));

    private Task<bool> ExistsAsync(int id) => app.WithDbAsync(db => db.Lettings.AnyAsync(l => l.Id == id));
}

public sealed class DeleteVersionsOnSqlite(SqliteApp app) : DeleteVersionTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class DeleteVersionsOnPostgres(PostgresApp app) : DeleteVersionTests(app), IClassFixture<PostgresApp>;
