using AngleSharp.Dom;

namespace Lettings.Tests.Pages;

/// <summary>Lists of 50 per page: 106 lettings make three pages (50, 50, 6), 64 profiles two (50, 14).</summary>
public abstract class PagingTests(InstrumentedApp app)
{
    private readonly HttpClient _client = app.CreateBrowserClient();

    [Theory]
    [InlineData("/lettings/")]
    [InlineData("/profiles/")]
    public async Task First_page_holds_fifty_and_leads_to_the_next(string list)
    {
        var page = await _client.GetDocumentAsync(list);

        Assert.Equal(50, page.QuerySelectorAll("main ul li a").Length);
        Assert.Equal($"{list}?page=2", Rel(page, "a", "next"));
        Assert.Equal($"{list}?page=2", Rel(page, "link", "next"));
        Assert.Null(Rel(page, "a", "prev"));
        Assert.Null(Rel(page, "link", "prev"));
        Assert.Equal($"http://localhost{list}", Rel(page, "link", "canonical"));
    }

    [Fact]
    public async Task Middle_page_leads_both_ways_and_the_way_back_to_page_one_has_no_query()
    {
        var page = await _client.GetDocumentAsync("/lettings/?page=2");

        Assert.Equal(50, page.QuerySelectorAll("main ul li a").Length);
        Assert.Equal("/lettings/", Rel(page, "a", "prev"));
        Assert.Equal("/lettings/?page=3", Rel(page, "a", "next"));
        Assert.Equal("/lettings/", Rel(page, "link", "prev"));
        Assert.Equal("/lettings/?page=3", Rel(page, "link", "next"));
        Assert.Equal("http://localhost/lettings/?page=2", Rel(page, "link", "canonical"));
        Assert.Equal("Page 2", page.QuerySelector("main .pager [aria-current=page]")?.NormalizedText());
    }

    [Theory]
    [InlineData("/lettings/", 3, 6)]
    [InlineData("/profiles/", 2, 14)]
    public async Task Last_page_holds_the_rest_and_leads_only_back(string list, int last, int rest)
    {
        var page = await _client.GetDocumentAsync($"{list}?page={last}");

        Assert.Equal(rest, page.QuerySelectorAll("main ul li a").Length);
        Assert.Null(Rel(page, "a", "next"));
        Assert.Null(Rel(page, "link", "next"));
        Assert.NotNull(Rel(page, "a", "prev"));
    }

    [Theory]
    [InlineData("/lettings/", 3)]
    [InlineData("/profiles/", 2)]
    public async Task Pages_together_list_every_record_once_in_id_order(string list, int pages)
    {
        var links = new List<string>();
        for (var number = 1; number <= pages; number++)
        {
            var page = await _client.GetDocumentAsync(number == 1 ? list : $"{list}?page={number}");
            links.AddRange(page.Links("main ul li a").Select(l => l.Href));
        }

        var expected = await app.WithDbAsync(async db => list == "/lettings/"
            ? await db.Lettings.OrderBy(l => l.Id).Select(l => "/lettings/" + l.Id + "/").ToListAsync()
            : await db.Profiles.OrderBy(p => p.Id).Select(p => "/profiles/" + p.User!.UserName + "/").ToListAsync());
        Assert.Equal(expected, links);
    }

    [Theory]
    [InlineData("/lettings/?page=4")]
    [InlineData("/profiles/?page=3")]
    [InlineData("/lettings/?page=0")]
    [InlineData("/lettings/?page=-1")]
    [InlineData("/lettings/?page=two")]
    [InlineData("/lettings/?page=1.5")]
    [InlineData("/lettings/?page=")]
    [InlineData("/lettings/?page=%2B2")]
    [InlineData("/lettings/?page=2&page=3")]
    [InlineData("/profiles/?page=99999999999")]
    [InlineData("/profiles/?page=2147483647")]
    public async Task A_page_that_is_not_one_of_the_list_is_not_found(string url)
    {
        await _client.GetDocumentAsync(url, expectedStatus: 404);
    }

    [Fact]
    public async Task Other_query_parameters_are_ignored()
    {
        var plain = await _client.GetDocumentAsync("/lettings/?page=2");
        var decorated = await _client.GetDocumentAsync("/lettings/?utm_source=mail&page=2");

        Assert.Equal(plain.Links("main ul li a"), decorated.Links("main ul li a"));
    }

    private static string? Rel(IDocument page, string element, string rel) =>
        page.QuerySelector($"{(element == "a" ? "main " : "head ")}{element}[rel={rel}]")?.GetAttribute("href");
}

public sealed class PagingOnSqlite(PagedSqliteApp app) : PagingTests(app), IClassFixture<PagedSqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class PagingOnPostgres(PagedPostgresApp app) : PagingTests(app), IClassFixture<PagedPostgresApp>;
