using AngleSharp.Dom;

namespace Lettings.Tests.Pages;

/// <summary>The five public pages on the original data, page by page as the original showed them.</summary>
public abstract class PublicPagesTests(LettingsApp app)
{
    private static readonly string[] s_lettingTitles =
    [
        "Joshua Tree Green Haus /w Hot Tub",
        "Oceanview Retreat",
        "'Silo Studio' Cottage",
        "Pirates of the Caribbean Getaway",
        "The Mushroom Dome Retreat & LAND of Paradise Suite",
        "Underground Hygge",
    ];

    private static readonly string[] s_usernames = ["HeadlinesGazer", "DavWin", "AirWow", "4meRomance"];

    private readonly HttpClient _client = app.CreateBrowserClient();

    [Fact]
    public async Task Home_welcomes_and_offers_profiles_and_lettings()
    {
        var page = await _client.GetDocumentAsync("/");

        Assert.Equal("Summer Holiday Homes", page.Title);
        Assert.Equal("Welcome to Summer Holiday Homes", page.Heading());
        Assert.Equal([("Profiles", "/profiles/"), ("Lettings", "/lettings/")], page.PageButtons());
        AssertLayout(page);
    }

    [Fact]
    public async Task Lettings_list_every_title_in_id_order_with_links()
    {
        var page = await _client.GetDocumentAsync("/lettings/");

        Assert.Equal("Lettings", page.Title);
        Assert.Equal("Lettings", page.Heading());
        var expected = s_lettingTitles.Select((title, i) => (title, $"/lettings/{i + 1}/"));
        Assert.Equal(expected, page.Links("main ul li a"));
        Assert.Equal([("Home", "/"), ("Profiles", "/profiles/")], page.PageButtons());
        AssertLayout(page);
    }

    [Theory]
    [InlineData(1, "Joshua Tree Green Haus /w Hot Tub", "7217 Bedford Street", "Brunswick, GA 31525", "USA")]
    [InlineData(3, "'Silo Studio' Cottage", "340 Wintergreen Avenue", "Newport News, VA 23601", "USA")]
    [InlineData(5, "The Mushroom Dome Retreat & LAND of Paradise Suite", "9606 Harvard Street", "Aliquippa, PA 15001", "USA")]
    [InlineData(6, "Underground Hygge", "588 Argyle Avenue", "East Meadow, NY 11554", "USA")]
    public async Task Letting_shows_its_title_and_address_on_three_lines(int id, string title, string line1, string line2, string line3)
    {
        var page = await _client.GetDocumentAsync($"/lettings/{id}/");

        Assert.Equal(title, page.Title);
        Assert.Equal(title, page.Heading());
        var lines = page.QuerySelectorAll("main address p").Select(p => p.NormalizedText());
        Assert.Equal([line1, line2, line3], lines);
        Assert.Equal([("Back", "/lettings/"), ("Home", "/"), ("Profiles", "/profiles/")], page.PageButtons());
        AssertLayout(page);
    }

    [Fact]
    public async Task Profiles_list_every_username_in_id_order_with_links()
    {
        var page = await _client.GetDocumentAsync("/profiles/");

        Assert.Equal("Profiles", page.Title);
        Assert.Equal("Profiles", page.Heading());
        Assert.Equal(s_usernames.Select(u => (u, $"/profiles/{u}/")), page.Links("main ul li a"));
        Assert.Equal([("Home", "/"), ("Lettings", "/lettings/")], page.PageButtons());
        AssertLayout(page);
    }

    [Theory]
    [InlineData("HeadlinesGazer", "Jamie", "Lal", "jssssss33@acee9.live", "Buenos Aires")]
    [InlineData("DavWin", "Cassandra", "Grahm", "5houssam.kessaiso@facpidif.ml", "Barcelona")]
    [InlineData("4meRomance", "John", "Rodriguez", "coemperor@famemma.net", "Berlin")]
    public async Task Profile_shows_names_email_and_favorite_city(string username, string first, string last, string email, string city)
    {
        var page = await _client.GetDocumentAsync($"/profiles/{username}/");

        Assert.Equal(username, page.Title);
        Assert.Equal(username, page.Heading());
        var fields = page.QuerySelectorAll("main dl div").Select(d => d.NormalizedText());
        Assert.Equal(
            [$"First name : {first}", $"Last name : {last}", $"Email : {email}", $"Favorite city : {city}"],
            fields);
        Assert.Equal([("Back", "/profiles/"), ("Home", "/"), ("Lettings", "/lettings/")], page.PageButtons());
        AssertLayout(page);
    }

    [Fact]
    public async Task Usernames_are_matched_exactly()
    {
        await _client.GetDocumentAsync("/profiles/davwin/", expectedStatus: 404);
    }

    private static void AssertLayout(IDocument page)
    {
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));

        var header = page.QuerySelector("header") ?? throw new Xunit.Sdk.XunitException("no header landmark");
        var logo = header.QuerySelector("a[href='/'] img");
        Assert.NotNull(logo);
        Assert.False(string.IsNullOrWhiteSpace(logo.GetAttribute("alt")));
        Assert.Equal([("Profiles", "/profiles/"), ("Lettings", "/lettings/")], header.Links("nav .btn"));

        Assert.NotNull(page.QuerySelector("main"));
        var footer = page.QuerySelector("footer") ?? throw new Xunit.Sdk.XunitException("no footer landmark");
        Assert.StartsWith("Copyright © Orange County Lettings", footer.NormalizedText(), StringComparison.Ordinal);
        Assert.Equal(["Privacy Policy", "Terms & Conditions"], footer.Links("a").Select(l => l.Text));

        Assert.All(page.QuerySelectorAll("link[rel=stylesheet], script[src]"), asset =>
            Assert.StartsWith("/", asset.GetAttribute("href") ?? asset.GetAttribute("src"), StringComparison.Ordinal));
    }
}

public sealed class PublicPagesOnSqlite(SqliteApp app) : PublicPagesTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class PublicPagesOnPostgres(PostgresApp app) : PublicPagesTests(app), IClassFixture<PostgresApp>;
