using System.Xml.Linq;

namespace Lettings.Tests.Seo;

/// <summary>What crawlers and browsers ask for: robots.txt, the sitemap, canonical links and icons, none of them a 404.</summary>
public abstract class CrawlerFilesTests(LettingsApp app)
{
    private static readonly XNamespace s_sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly string[] s_publicPages =
    [
        "/", "/lettings/", "/profiles/", "/privacy/", "/terms/",
        "/lettings/1/", "/lettings/2/", "/lettings/3/", "/lettings/4/", "/lettings/5/", "/lettings/6/",
        "/profiles/HeadlinesGazer/", "/profiles/DavWin/", "/profiles/AirWow/", "/profiles/4meRomance/",
    ];

    private readonly HttpClient _client = app.CreateBrowserClient();

    [Fact]
    public async Task Robots_keep_crawlers_out_of_the_back_office_and_name_the_sitemap()
    {
        using var response = await _client.GetAsync("/robots.txt");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);

        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["User-agent: *", "Disallow: /admin/", "Sitemap: http://localhost/sitemap.xml"], lines);
        using var sitemap = await _client.GetAsync(new Uri(lines[2]["Sitemap: ".Length..]).PathAndQuery);
        Assert.Equal(200, (int)sitemap.StatusCode);
    }

    [Fact]
    public async Task The_sitemap_lists_every_public_page_once_and_each_answers()
    {
        var urls = await UrlsAsync("/sitemap.xml", "urlset");

        Assert.Equal(s_publicPages.Select(p => $"http://localhost{p}").Order(), urls.Order());
        foreach (var url in urls)
        {
            using var response = await _client.GetAsync(new Uri(url).PathAndQuery);
            Assert.Equal(200, (int)response.StatusCode);
        }
    }

    [Fact]
    public async Task Every_public_page_names_its_own_absolute_url_as_canonical()
    {
        foreach (var path in s_publicPages)
        {
            var page = await _client.GetDocumentAsync(path);
            Assert.Equal($"http://localhost{path}", page.QuerySelector("head link[rel=canonical]")?.GetAttribute("href"));
        }
    }

    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/apple-touch-icon.png", "image/png")]
    [InlineData("/images/logo.svg", "image/svg+xml")]
    public async Task Icons_answer_where_browsers_look_for_them(string path, string type)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task The_layout_links_every_icon_and_each_link_answers()
    {
        var page = await _client.GetDocumentAsync("/");
        var icons = page.QuerySelectorAll("head link[rel=icon], head link[rel=apple-touch-icon]").Select(l => l.GetAttribute("href")!).ToList();

        Assert.Equal(3, icons.Count);
        Assert.Contains(icons, href => href.EndsWith(".ico", StringComparison.Ordinal));
        Assert.Contains(icons, href => href.EndsWith(".svg", StringComparison.Ordinal));
        Assert.Contains(icons, href => href.EndsWith(".png", StringComparison.Ordinal));
        foreach (var href in icons)
        {
            using var response = await _client.GetAsync(href);
            Assert.Equal(200, (int)response.StatusCode);
        }
    }

    [Fact]
    public async Task Back_office_pages_have_no_canonical_link()
    {
        var login = await _client.GetDocumentAsync("/admin/login/");

        Assert.Null(login.QuerySelector("link[rel=canonical]"));
    }

    private async Task<List<string>> UrlsAsync(string path, string root)
    {
        var xml = XDocument.Parse(await _client.GetStringAsync(path));
        Assert.Equal(s_sitemap + root, xml.Root!.Name);
        return [.. xml.Root.Elements().Select(e => e.Element(s_sitemap + "loc")!.Value)];
    }
}

public sealed class CrawlerFilesOnSqlite(SqliteApp app) : CrawlerFilesTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class CrawlerFilesOnPostgres(PostgresApp app) : CrawlerFilesTests(app), IClassFixture<PostgresApp>;
