using Lettings.Web.Accounts;
using Lettings.Web.Profiles;

namespace Lettings.Tests.Admin;

/// <summary>Usernames with letters outside ASCII in the back office: signing in, finding, changing.</summary>
public abstract class NonAsciiStaffTests(LettingsApp app)
{
    [Fact]
    public async Task A_staff_member_with_a_non_ascii_username_signs_in_and_finds_accounts_in_the_back_office()
    {
        var username = "Renée.Müller" + Unique();
        var staff = await AdminBrowser.SignedInStaffAsync(app, username);
        var other = "Bjørn" + Unique();
        await CreateProfileAsync(other);

        var home = await staff.GetAsync("/admin/");
        Assert.Contains("Signed in as " + username, home.QuerySelector("nav[aria-label='Back office']")!.NormalizedText(), StringComparison.Ordinal);

        var users = await staff.GetAsync("/admin/users/?q=" + Uri.EscapeDataString(other));
        var row = Assert.Single(users.QuerySelectorAll("tbody tr"));
        Assert.Contains(other, row.NormalizedText(), StringComparison.Ordinal);

        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == other).Select(u => u.Id).SingleAsync());
        var change = await staff.GetAsync($"/admin/users/{userId}/change/");
        Assert.Equal(other, change.QuerySelector("#Form_UserName")!.GetAttribute("value"));
        using var saved = await staff.SubmitAsync(change, $"/admin/users/{userId}/change/", new() { ["Form.FirstName"] = "Bjørn" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Bjørn", await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.FirstName).SingleAsync()));

        var profiles = await staff.GetAsync("/admin/profiles/?q=" + Uri.EscapeDataString(other));
        Assert.Contains(other, Assert.Single(profiles.QuerySelectorAll("tbody tr")).NormalizedText(), StringComparison.Ordinal);
    }

    private Task<int> CreateProfileAsync(string username) => app.WithDbAsync(async db =>
    {
        var user = new LettingsUser { UserName = username, NormalizedUserName = username.ToUpperInvariant(), Email = $"{Unique()}@example.com", SecurityStamp = Guid.NewGuid().ToString() };
        db.Profiles.Add(new Profile { User = user, FavoriteCity = "Malmö" });
        return await db.SaveChangesAsync();
    });

    private static string Unique() => Guid.NewGuid().ToString("N")[..6];
}

public sealed class NonAsciiStaffOnSqlite(SqliteApp app) : NonAsciiStaffTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class NonAsciiStaffOnPostgres(PostgresApp app) : NonAsciiStaffTests(app), IClassFixture<PostgresApp>;
