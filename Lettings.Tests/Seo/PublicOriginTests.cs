namespace Lettings.Tests.Seo;

/// <summary><c>Site:PublicOrigin</c> gives canonical links, the sitemap and robots.txt the public address, whatever Host the request had.</summary>
public sealed class PublicOriginTests(PublicOriginTests.App app) : IClassFixture<PublicOriginTests.App>
{
    private readonly HttpClient _client = app.CreateBrowserClient();

    [Fact]
    public async Task Absolute_urls_use_the_configured_origin()
    {
        var page = await _client.GetDocumentAsync("/lettings/1/");
        var sitemap = await _client.GetStringAsync("/sitemap.xml");
        var robots = await _client.GetStringAsync("/robots.txt");

        Assert.Equal("https://lettings.example.com/lettings/1/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Contains("<loc>https://lettings.example.com/profiles/DavWin/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", sitemap, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://lettings.example.com/sitemap.xml", robots, StringComparison.Ordinal);
    }

    public sealed class App() : LettingsApp(new SqliteTestDatabase())
    {
        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Site:PublicOrigin"] = "https://lettings.example.com",
        };
    }
}
