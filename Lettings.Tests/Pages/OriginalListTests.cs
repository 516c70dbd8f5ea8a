namespace Lettings.Tests.Pages;

/// <summary>On the original data every list fits on its first page: exactly the original list, no pager, no rel links.</summary>
public abstract class OriginalListTests(LettingsApp app)
{
    private readonly HttpClient _client = app.CreateBrowserClient();

    [Theory]
    [InlineData("/lettings/", 6)]
    [InlineData("/profiles/", 4)]
    public async Task The_whole_list_shows_without_a_pager(string list, int count)
    {
        var page = await _client.GetDocumentAsync(list);

        Assert.Equal(count, page.QuerySelectorAll("main ul li a").Length);
        Assert.Null(page.QuerySelector("main .pager"));
        Assert.Empty(page.QuerySelectorAll("[rel=next], [rel=prev]"));
    }

    [Theory]
    [InlineData("/lettings/?page=1")]
    [InlineData("/profiles/?page=1")]
    public async Task Page_one_asked_for_by_number_is_the_same_list_with_the_plain_canonical_url(string url)
    {
        var page = await _client.GetDocumentAsync(url);

        Assert.NotEmpty(page.QuerySelectorAll("main ul li a"));
        Assert.Equal($"http://localhost{url.Split('?')[0]}", page.QuerySelector("head link[rel=canonical]")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/lettings/?page=2")]
    [InlineData("/profiles/?page=2")]
    public async Task There_is_no_second_page(string url)
    {
        await _client.GetDocumentAsync(url, expectedStatus: 404);
    }
}

public sealed class OriginalListsOnSqlite(SqliteApp app) : OriginalListTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class OriginalListsOnPostgres(PostgresApp app) : OriginalListTests(app), IClassFixture<PostgresApp>;
