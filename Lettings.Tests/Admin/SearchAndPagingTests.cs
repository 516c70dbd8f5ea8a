using Lettings.Web.Accounts;
using Lettings.Web.Lettings;
using Lettings.Web.Profiles;

namespace Lettings.Tests.Admin;

/// <summary>Lists with 60 more records than the original data: 25 rows per page sorted by id, a pager, and a case-insensitive search.</summary>
public abstract class SearchAndPagingTests(LettingsApp app)
{
    private static readonly SemaphoreSlim s_seeding = new(1, 1);

    [Theory]
    [InlineData("/admin/addresses/", 66)]
    [InlineData("/admin/lettings/", 66)]
    [InlineData("/admin/profiles/", 64)]
    public async Task Lists_show_25_rows_per_page_in_id_order_with_a_pager(string path, int total)
    {
        var staff = await SeededStaffAsync();
        var ids = new List<int>();
        for (var page = 1; page <= 3; page++)
        {
            var document = await staff.GetAsync($"{path}?p={page}");
            var rows = document.QuerySelectorAll("tbody tr th a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[3], CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(page < 3 ? 25 : total - 50, rows.Count);
            Assert.Equal(page.ToString(CultureInfo.InvariantCulture), document.QuerySelector(".pagination [aria-current=page]")!.NormalizedText());
            ids.AddRange(rows);
        }

        Assert.Equal(ids.Order(), ids);
        Assert.Equal(total, ids.Distinct().Count());
        var beyond = await staff.GetAsync($"{path}?p=99");
        Assert.Equal("3", beyond.QuerySelector(".pagination [aria-current=page]")!.NormalizedText());
    }

    [Theory]
    [InlineData("/admin/addresses/", "PAGED LANE", 60)]
    [InlineData("/admin/addresses/", "paged lane 1", 11)]
    [InlineData("/admin/addresses/", "98765", 60)]
    [InlineData("/admin/lettings/", "paged letting 0", 10)]
    [InlineData("/admin/lettings/", "Oceanview", 1)]
    [InlineData("/admin/profiles/", "PAGER", 60)]
    [InlineData("/admin/profiles/", "Buenos", 1)]
    [InlineData("/admin/users/", "pager-3", 11)]
    [InlineData("/admin/users/", "nothing-like-this", 0)]
    public async Task Search_finds_records_by_their_obvious_fields_ignoring_case(string path, string search, int expected)
    {
        var staff = await SeededStaffAsync();

        var page = await staff.GetAsync($"{path}?q={Uri.EscapeDataString(search)}");

        Assert.StartsWith($"{expected} ", page.QuerySelector(".admin-count")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal(Math.Min(expected, 25), page.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(search, page.QuerySelector("input[name=q]")!.GetAttribute("value"));
        if (expected > 25)
        {
            Assert.Contains($"{path}?q={Uri.EscapeDataString(search)}&p=2", page.QuerySelectorAll(".pagination a").Select(a => a.GetAttribute("href")));
        }
    }

    private async Task<AdminBrowser> SeededStaffAsync()
    {
        await s_seeding.WaitAsync();
        try
        {
            await app.WithDbAsync(async db =>
            {
                if (db.Addresses.Any(a => a.Street.StartsWith("Paged Lane")))
                {
                    return 0;
                }

                for (var i = 0; i < 60; i++)
                {
                    var n = i.ToString(CultureInfo.InvariantCulture);
                    db.Lettings.Add(new Letting
                    {
                        Title = $"Paged Letting {i:D2}",
                        Address = new Address { Number = i + 1, Street = $"Paged Lane {n}", City = "Tustin", State = "CA", ZipCode = 98765, CountryIsoCode = "USA" },
                    });
                    var username = $"pager-{n}";
                    db.Users.Add(new LettingsUser
                    {
                        UserName = username,
                        NormalizedUserName = username.ToUpperInvariant(),
                        SecurityStamp = Guid.NewGuid().ToString(),
                        Profile = new Profile { FavoriteCity = "Santa Ana" },
                    });
                }

                return await db.SaveChangesAsync();
            });
        }
        finally
        {
            s_seeding.Release();
        }

        return await AdminBrowser.SignedInStaffAsync(app);
    }
}

public sealed class SearchAndPagingOnSqlite(SqliteApp app) : SearchAndPagingTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class SearchAndPagingOnPostgres(PostgresApp app) : SearchAndPagingTests(app), IClassFixture<PostgresApp>;
