namespace Lettings.Tests.Hosting;

/// <summary>Odd or hostile URLs are plain 404s with the custom page: never a 500.</summary>
public sealed class HostilePathTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private readonly HttpClient _client = app.CreateBrowserClient();

    public static TheoryData<string> Paths =>
    [
        "/lettings/0/",
        "/lettings/-1/",
        "/lettings/abc/",
        "/lettings/99999999999999999999/",
        "/lettings/2147483648/",
        "/lettings/1/extra/",
        "/lettings/1.5/",
        "/profiles/" + new string('a', 2000) + "/",
        "/profiles/%27%20OR%201=1--/",
        "/profiles/%3Cscript%3E/",
        "/profiles/DavWin%0A/",
        "/profiles/../../etc/passwd",
        "/admin.php",
        "/.env",
        "/lettings/%E2%80%AE/",
    ];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Hostile_path_is_a_404_with_the_custom_page(string path)
    {
        using var response = await _client.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.MovedPermanently)
        {
            Assert.Fail($"{path} redirected to {response.Headers.Location}");
        }

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("404 - Page Not Found", page.Title);
    }

    /// <summary>
    /// A NUL character in a URL never reaches the site: Kestrel itself refuses the request with a 400
    /// (and the in-memory test server cannot even send it), so it can never become a 500.
    /// </summary>
    public sealed class NullCharacterTests(SqliteKestrelApp app) : IClassFixture<SqliteKestrelApp>
    {
        [Theory]
        [InlineData("/profiles/%00/")]
        [InlineData("/profiles/a%00b/")]
        [InlineData("/lettings/%00/")]
        public async Task Null_character_in_the_path_is_refused_as_a_bad_request(string path)
        {
            using var client = app.CreateSocketClient();
            using var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }
}
