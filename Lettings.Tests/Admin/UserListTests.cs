using Lettings.Web.Accounts;
using Lettings.Web.Admin.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Lettings.Tests.Admin;

/// <summary>
/// The users list filters by staff, administrator and active (combined with each other, the search, the sort and the
/// page), sorts by date joined and last sign-in (never signed in last ascending), and the user's page shows both dates.
/// </summary>
public abstract class UserListTests(LettingsApp app)
{
    private static readonly DateTimeOffset s_start = new(2024, 3, 1, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Filters_combine_with_each_other_the_search_and_the_sort()
    {
        var token = ListPages.Token();
        var ids = await SeedAsync(token);
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        Assert.Equal([ids[0], ids[1]], (await staff.GetAsync($"/admin/users/?q={token}&administrator=true")).RowIds());
        Assert.Equal([ids[1], ids[3]], (await staff.GetAsync($"/admin/users/?q={token}&active=false")).RowIds());
        Assert.Equal([ids[1]], (await staff.GetAsync($"/admin/users/?q={token}&active=false&administrator=true&staff=true")).RowIds());
        Assert.Equal([ids[2], ids[0]], (await staff.GetAsync($"/admin/users/?q={token}&active=true&staff=true&o=-joined")).RowIds());
        Assert.Equal([ids[2], ids[3]], (await staff.GetAsync($"/admin/users/?q={token}&administrator=false")).RowIds());

        // A value that is not yes or no filters nothing; the chosen filters show in the count and stay in the links.
        Assert.Equal(4, (await staff.GetAsync($"/admin/users/?q={token}&active=maybe")).Count());
        var filtered = await staff.GetAsync($"/admin/users/?q={token}&active=false&administrator=true");
        Assert.Contains("Administrator: Administrators", filtered.QuerySelector(".admin-count")!.NormalizedText(), StringComparison.Ordinal);
        Assert.All(filtered.QuerySelectorAll("thead th a"), a => Assert.Contains("active=false", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Date_joined_and_last_sign_in_sort_both_ways_and_are_shown()
    {
        var token = ListPages.Token();
        var ids = await SeedAsync(token);
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        Assert.Equal(ids, (await staff.GetAsync($"/admin/users/?q={token}&o=joined")).RowIds());
        Assert.Equal(ids.AsEnumerable().Reverse(), (await staff.GetAsync($"/admin/users/?q={token}&o=-joined")).RowIds());
        // Signed in: the third most recently, then the first; the others never (last ascending, first descending).
        Assert.Equal([ids[0], ids[2], ids[1], ids[3]], (await staff.GetAsync($"/admin/users/?q={token}&o=signin")).RowIds());
        Assert.Equal([ids[3], ids[1], ids[2], ids[0]], (await staff.GetAsync($"/admin/users/?q={token}&o=-signin")).RowIds());

        var list = await staff.GetAsync($"/admin/users/?q={token}");
        var headers = list.QuerySelectorAll("thead th a").Select(a => a.NormalizedText()).ToList();
        Assert.Contains("Date joined", headers);
        Assert.Contains("Last sign-in", headers);
        var first = list.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(td => td.NormalizedText()).ToList();
        Assert.Contains("2024-03-01 09:30", first);
        Assert.Contains("2024-03-05 09:30", first);
        Assert.Contains("Never", list.QuerySelectorAll("tbody tr")[1].QuerySelectorAll("td").Select(td => td.NormalizedText()));

        var page = await staff.GetAsync($"/admin/users/{ids[0]}/change/");
        var facts = page.QuerySelectorAll(".admin-facts dd").Select(dd => dd.NormalizedText()).ToList();
        Assert.Equal(["2024-03-01 09:30 UTC", "2024-03-05 09:30 UTC"], facts);
        Assert.Equal("2024-03-01T09:30:00.0000000Z", page.QuerySelector(".admin-facts time")!.GetAttribute("datetime"));
    }

    /// <summary>
    /// Four accounts joined a day apart: an active administrator, a deactivated administrator, active staff and a
    /// deactivated member; the first and third have signed in.
    /// </summary>
    private async Task<int[]> SeedAsync(string token)
    {
        var ids = new int[4];
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LettingsUser>>();
        var staff = scope.ServiceProvider.GetRequiredService<StaffMembership>();
        for (var i = 0; i < 4; i++)
        {
            var user = new LettingsUser
            {
                UserName = $"{token}-{i}",
                DateJoined = s_start.AddDays(i),
                IsActive = i % 2 == 0,
                LastSignIn = i switch { 0 => s_start.AddDays(4), 2 => s_start.AddDays(6), _ => null },
            };
            Assert.True((await users.CreateAsync(user)).Succeeded);
            if (i < 3)
            {
                Assert.True((await staff.SetStaffAsync(user, true)).Succeeded);
            }

            if (i < 2)
            {
                Assert.True((await staff.SetAdministratorAsync(user, true)).Succeeded);
            }

            ids[i] = user.Id;
        }

        return ids;
    }
}

public sealed class UserListOnSqlite(SqliteApp app) : UserListTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class UserListOnPostgres(PostgresApp app) : UserListTests(app), IClassFixture<PostgresApp>;
