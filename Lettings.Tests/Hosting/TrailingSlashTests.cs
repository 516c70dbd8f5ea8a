namespace Lettings.Tests.Hosting;

/// <summary>Bookmarks without the trailing slash keep working: a 301 to the slash form, as the original did.</summary>
public sealed class TrailingSlashTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private readonly HttpClient _client = app.CreateBrowserClient();

    [Theory]
    [InlineData("/lettings", "/lettings/")]
    [InlineData("/lettings/1", "/lettings/1/")]
    [InlineData("/profiles", "/profiles/")]
    [InlineData("/profiles/DavWin", "/profiles/DavWin/")]
    [InlineData("/lettings/2?ref=mail", "/lettings/2/?ref=mail")]
    public async Task Url_without_slash_moves_permanently_to_the_slash_form(string url, string location)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/nowhere")]
    [InlineData("/lettings/999")]
    [InlineData("/profiles/Nobody")]
    public async Task Redirect_target_still_answers_404_when_nothing_is_there(string url)
    {
        using var response = await _client.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.MovedPermanently)
        {
            using var followed = await _client.GetAsync(response.Headers.Location);
            Assert.Equal(HttpStatusCode.NotFound, followed.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
