using Lettings.Web.Accounts;
using Lettings.Web.Lettings;
using Lettings.Web.Profiles;

namespace Lettings.Tests.Admin;

/// <summary>
/// Lists sort by every column both ways (the id breaking ties in the same direction, empty values last ascending),
/// filter per record type, and keep search, sort, filters and page together in the query string; "show all" lists up
/// to 200 rows; parameters that make no sense are ignored, never an error. Each test's records carry their own token,
/// which the test searches for, so that the other tests' records stay out of its lists.
/// </summary>
public abstract class ListSortingAndFilteringTests(LettingsApp app)
{
    private static readonly string[] s_streets = ["Elm", "Ash", "Oak", "Ash", "Elm", "Birch"];
    private static readonly string[] s_cities = ["Irvine", "Anaheim", "Tustin", "Irvine"];
    private static readonly string[] s_states = ["CA", "NV", "AZ"];
    private static readonly string[] s_countries = ["USA", "MEX", "CAN", "USA", "USA"];
    private static readonly int[] s_zips = [92602, 90210, 92602, 10001, 99999, 501, 90210];

    [Fact]
    public async Task Every_address_column_sorts_both_ways_with_the_id_breaking_ties_across_pages()
    {
        var token = ListPages.Token();
        var addresses = await SeedAddressesAsync(token, 30);
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        var keys = new Dictionary<string, Func<Address, IComparable?>>
        {
            ["street"] = a => a.Street,
            ["city"] = a => a.City,
            ["state"] = a => a.State,
            ["zip"] = a => a.ZipCode,
            ["country"] = a => a.CountryIsoCode,
            ["letting"] = a => a.Letting?.Title,
        };
        foreach (var (key, value) in keys)
        {
            foreach (var descending in new[] { false, true })
            {
                var sort = descending ? "-" + key : key;
                var first = await staff.GetAsync($"/admin/addresses/?q={token}&o={sort}");
                var second = await staff.GetAsync($"/admin/addresses/?q={token}&o={sort}&p=2");

                Assert.Equal(Expected(addresses, value, descending), first.RowIds().Concat(second.RowIds()));
                Assert.Equal(25, first.RowIds().Count);
                var header = first.QuerySelectorAll("thead th[aria-sort]").Single();
                Assert.Equal(descending ? "descending" : "ascending", header.GetAttribute("aria-sort"));
                Assert.NotNull(header.QuerySelector(".admin-sort-arrow"));
                Assert.Contains($"o={(descending ? key : "-" + key)}", header.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
                Assert.Contains($"/admin/addresses/?q={token}&o={Uri.EscapeDataString(sort)}&p=2", first.PagerLinks());
            }
        }

        var unsorted = await staff.GetAsync($"/admin/addresses/?q={token}&all=true");
        Assert.Equal(addresses.Select(a => a.Id).Order(), unsorted.RowIds());
        Assert.Empty(unsorted.QuerySelectorAll("thead th[aria-sort]"));
    }

    [Fact]
    public async Task Letting_filters_combine_with_the_search_the_sort_and_the_page_and_narrow_the_cities_to_the_state()
    {
        var token = ListPages.Token();
        var nevadaTown = "Ely " + token;
        var californiaTown = "Brea " + token;
        var otherTown = "Indio " + token;
        var lettings = await app.WithDbAsync(async db =>
        {
            var added = Enumerable.Range(0, 90).Select(i => new Letting
            {
                Title = $"{token} Stay {i % 7} {i:D2}",
                Address = new Address
                {
                    Number = i + 1,
                    Street = "Filter Way",
                    City = i % 3 == 0 ? nevadaTown : i % 3 == 1 ? californiaTown : otherTown,
                    State = i % 3 == 0 ? "NV" : "CA",
                    ZipCode = 89301,
                    CountryIsoCode = "USA",
                },
            }).ToList();
            db.Lettings.AddRange(added);
            await db.SaveChangesAsync();
            return added;
        });
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        var url = $"/admin/lettings/?q={token}&state=CA&city={Uri.EscapeDataString(californiaTown)}&o=-title";
        var first = await staff.GetAsync(url);
        var second = await staff.GetAsync(url + "&p=2");

        var expected = lettings.Where(l => l.Address!.City == californiaTown)
            .OrderByDescending(l => l.Title, StringComparer.Ordinal).ThenByDescending(l => l.Id).Select(l => l.Id).ToList();
        Assert.Equal(30, expected.Count);
        Assert.Equal(30, first.Count());
        Assert.Equal(expected, first.RowIds().Concat(second.RowIds()));
        Assert.Equal("CA", first.QuerySelector("#filter-state option[selected]")!.GetAttribute("value"));
        var cities = first.QuerySelectorAll("#filter-city option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(californiaTown, cities);
        Assert.Contains(otherTown, cities);
        Assert.DoesNotContain(nevadaTown, cities);

        var nevada = await staff.GetAsync($"/admin/lettings/?q={token}&state=NV&o=title&p=2");
        var nevadaIds = lettings.Where(l => l.Address!.State == "NV")
            .OrderBy(l => l.Title, StringComparer.Ordinal).ThenBy(l => l.Id).Select(l => l.Id).ToList();
        Assert.Equal(30, nevada.Count());
        Assert.Equal(nevadaIds, (await staff.GetAsync($"/admin/lettings/?q={token}&state=NV&o=title")).RowIds().Concat(nevada.RowIds()));
        Assert.Contains($"/admin/lettings/?q={token}&o=title&state=NV&p=1", nevada.PagerLinks());

        // The search narrows the filtered list further, and a city from another state finds nothing.
        var stay3 = lettings.Where(l => l.Address!.State == "NV" && l.Title.Contains("Stay 3", StringComparison.Ordinal)).Select(l => l.Id).ToList();
        Assert.NotEmpty(stay3);
        Assert.Equal(stay3, (await staff.GetAsync($"/admin/lettings/?q={Uri.EscapeDataString(token + " STAY 3")}&state=NV")).RowIds());
        Assert.Equal(0, (await staff.GetAsync($"/admin/lettings/?q={token}&state=NV&city={Uri.EscapeDataString(californiaTown)}")).Count());
    }

    [Fact]
    public async Task Address_filters_by_state_and_country()
    {
        var token = ListPages.Token();
        var addresses = await SeedAddressesAsync(token, 15);
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        var page = await staff.GetAsync($"/admin/addresses/?q={token}&state=CA&country=USA&o=-zip");

        Assert.Equal(
            addresses.Where(a => a is { State: "CA", CountryIsoCode: "USA" }).OrderByDescending(a => a.ZipCode).ThenByDescending(a => a.Id).Select(a => a.Id),
            page.RowIds());
        Assert.Contains("State: CA", page.QuerySelector(".admin-count")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll(".admin-count a"), a => a.GetAttribute("href") == "/admin/addresses/?o=-zip");
    }

    [Fact]
    public async Task Profiles_filter_by_having_a_favorite_city_and_users_by_the_staff_flag()
    {
        var token = ListPages.Token();
        var santaAna = new List<int>();
        var missing = new List<int>();
        var blank = new List<int>();
        await app.WithDbAsync(async db =>
        {
            for (var i = 0; i < 9; i++)
            {
                var username = $"{token}-{i}";
                var profile = new Profile { FavoriteCity = (i % 3) switch { 0 => "Santa Ana", 1 => null, _ => "" } };
                db.Users.Add(new LettingsUser
                {
                    UserName = username,
                    NormalizedUserName = username.ToUpperInvariant(),
                    SecurityStamp = Guid.NewGuid().ToString(),
                    Profile = profile,
                });
                await db.SaveChangesAsync();
                ((i % 3) switch { 0 => santaAna, 1 => missing, _ => blank }).Add(profile.Id);
            }

            return 0;
        });
        var staffName = $"{token}-staff";
        await StaffAccounts.CreateAsync(app, staffName);
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        Assert.Equal(santaAna, (await staff.GetAsync($"/admin/profiles/?q={token}&favorite=true")).RowIds());
        Assert.Equal(missing.Concat(blank).Order(), (await staff.GetAsync($"/admin/profiles/?q={token}&favorite=false")).RowIds());

        // A missing city sorts after every city ascending and before them descending; a blank one is the lowest text.
        Assert.Equal(blank.Concat(santaAna).Concat(missing), (await staff.GetAsync($"/admin/profiles/?q={token}&o=favorite")).RowIds());
        Assert.Equal(
            missing.AsEnumerable().Reverse().Concat(santaAna.AsEnumerable().Reverse()).Concat(blank.AsEnumerable().Reverse()),
            (await staff.GetAsync($"/admin/profiles/?q={token}&o=-favorite")).RowIds());

        var staffId = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == staffName).Select(u => u.Id).SingleAsync());
        Assert.Equal([staffId], (await staff.GetAsync($"/admin/users/?q={token}&staff=true")).RowIds());
        Assert.Equal(9, (await staff.GetAsync($"/admin/users/?q={token}&staff=false")).Count());
        Assert.Equal(10, (await staff.GetAsync($"/admin/users/?q={token}&staff=maybe")).Count());
        Assert.Equal(staffId, (await staff.GetAsync($"/admin/users/?q={token}&o=-staff")).RowIds()[0]);
    }

    [Fact]
    public async Task Show_all_lists_up_to_200_rows_with_the_count_and_no_more()
    {
        var few = ListPages.Token();
        var many = ListPages.Token();
        await SeedAddressesAsync(few, 30);
        await SeedAddressesAsync(many, 201);
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        var paged = await staff.GetAsync($"/admin/addresses/?q={few}&o=city");
        Assert.Equal(30, paged.Count());
        Assert.Contains(paged.QuerySelectorAll(".admin-count a"), a => a.GetAttribute("href") == $"/admin/addresses/?q={few}&o=city&all=true");

        var all = await staff.GetAsync($"/admin/addresses/?q={few}&o=city&all=true");
        Assert.Equal(30, all.RowIds().Count);
        Assert.Empty(all.PagerLinks());
        Assert.Contains(all.QuerySelectorAll(".admin-count a"), a => a.GetAttribute("href") == $"/admin/addresses/?q={few}&o=city");

        var tooMany = await staff.GetAsync($"/admin/addresses/?q={many}&all=true");
        Assert.Equal(201, tooMany.Count());
        Assert.Equal(25, tooMany.RowIds().Count);
        Assert.NotEmpty(tooMany.PagerLinks());
        Assert.DoesNotContain(tooMany.QuerySelectorAll(".admin-count a"), a => a.NormalizedText().StartsWith("Show all", StringComparison.Ordinal));

        var pager = (await staff.GetAsync($"/admin/addresses/?q={many}&p=5")).QuerySelectorAll(".pagination li").Select(li => li.NormalizedText()).ToList();
        Assert.Equal(["Previous", "1", "2", "3", "4", "5", "6", "7", "8", "9", "Next"], pager);
        var far = (await staff.GetAsync($"/admin/addresses/?q={many}&p=9")).QuerySelectorAll(".pagination li").Select(li => li.NormalizedText()).ToList();
        Assert.Equal(["Previous", "1", "2", "…", "6", "7", "8", "9"], far);
    }

    [Theory]
    [InlineData("/admin/addresses/?o=nonsense")]
    [InlineData("/admin/addresses/?o=-")]
    [InlineData("/admin/addresses/?o=--city")]
    [InlineData("/admin/addresses/?o=title")]
    [InlineData("/admin/addresses/?o=city&o=state")]
    [InlineData("/admin/addresses/?p=x")]
    [InlineData("/admin/addresses/?p=-3")]
    [InlineData("/admin/addresses/?p=99999999999")]
    [InlineData("/admin/addresses/?all=maybe")]
    [InlineData("/admin/addresses/?q=%25_%5C")]
    [InlineData("/admin/addresses/?country=%F0%9F%8F%A0")]
    [InlineData("/admin/lettings/?city=%3Cscript%3E&state=")]
    [InlineData("/admin/lettings/?handler=Csv&o=nonsense&p=x")]
    [InlineData("/admin/profiles/?favorite=sometimes")]
    [InlineData("/admin/users/?staff=1&o=password")]
    [InlineData("/admin/users/?handler=Csv&staff=perhaps&o=")]
    public async Task Parameters_that_make_no_sense_are_ignored(string url)
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        using var response = await staff.Client.GetAsync(url);

        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
    }

    /// <summary>No stored text holds a control character, and PostgreSQL refuses a NUL in any text parameter.</summary>
    [Theory]
    [InlineData("/admin/addresses/?q=%00")]
    [InlineData("/admin/addresses/?state=Z%00Z")]
    [InlineData("/admin/lettings/?city=a%0Db")]
    [InlineData("/admin/users/?handler=Csv&q=%00")]
    public async Task Control_characters_in_the_query_string_are_a_bad_request(string url)
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        using var response = await staff.Client.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_sort_that_names_no_column_lists_by_id()
    {
        var token = ListPages.Token();
        var addresses = await SeedAddressesAsync(token, 8);
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        var page = await staff.GetAsync($"/admin/addresses/?q={token}&o=-password&p=x");

        Assert.Equal(addresses.Select(a => a.Id).Order(), page.RowIds());
        Assert.Empty(page.QuerySelectorAll("thead th[aria-sort]"));
    }

    /// <summary>
    /// Addresses whose columns repeat values (so that the id has ties to break), half of them with a letting; the
    /// token is in each street, which the search finds.
    /// </summary>
    private Task<List<Address>> SeedAddressesAsync(string token, int count) => app.WithDbAsync(async db =>
    {
        var added = Enumerable.Range(0, count).Select(i => new Address
        {
            Number = i + 1,
            Street = $"{token} {s_streets[i % s_streets.Length]}",
            City = s_cities[i % s_cities.Length],
            State = s_states[i % s_states.Length],
            ZipCode = s_zips[i % s_zips.Length],
            CountryIsoCode = s_countries[i % s_countries.Length],
            Letting = i % 2 == 0 ? null : new Letting { Title = $"{token} Letting {i % 5}" },
        }).ToList();
        db.Addresses.AddRange(added);
        await db.SaveChangesAsync();
        return added;
    });

    /// <summary>The order the list must show: by the value (empty last ascending, first descending), then by id, both ways.</summary>
    private static List<int> Expected(IEnumerable<Address> addresses, Func<Address, IComparable?> value, bool descending)
    {
        var comparer = Comparer<IComparable?>.Create((x, y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            (string a, string b) => string.CompareOrdinal(a, b),
            _ => x.CompareTo(y),
        });
        var ordered = descending
            ? addresses.OrderByDescending(value, comparer).ThenByDescending(a => a.Id)
            : addresses.OrderBy(value, comparer).ThenBy(a => a.Id);
        return [.. ordered.Select(a => a.Id)];
    }
}

public sealed class ListSortingAndFilteringOnSqlite(SqliteApp app) : ListSortingAndFilteringTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class ListSortingAndFilteringOnPostgres(PostgresApp app) : ListSortingAndFilteringTests(app), IClassFixture<PostgresApp>;
