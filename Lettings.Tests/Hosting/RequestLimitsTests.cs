using System.Text;
using Lettings.Web.Accounts;

namespace Lettings.Tests.Hosting;

/// <summary>
/// Oversized input on a real Kestrel socket (the in-memory server enforces none of these limits): the site's own
/// limits answer 413, 414 or 431 with its error page; far beyond them Kestrel answers the same statuses bare. Never 500.
/// </summary>
public sealed class RequestLimitsTests(SqliteKestrelApp app) : IClassFixture<SqliteKestrelApp>
{
    private const string LoginPath = "/admin/login/";

    [Theory]
    [InlineData(5_000)]
    [InlineData(7_000)]
    public async Task A_long_url_is_a_414_with_the_error_page(int length)
    {
        using var response = await Client().GetAsync(new Uri("/lettings/?q=" + new string('x', length), UriKind.Relative));

        await AssertErrorPageAsync(response, HttpStatusCode.RequestUriTooLong, "414 - URI Too Long");
    }

    [Fact]
    public async Task A_url_beyond_what_Kestrel_reads_is_a_bare_414()
    {
        using var response = await Client().GetAsync(new Uri("/lettings/?q=" + new string('x', 20_000), UriKind.Relative));

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }

    [Theory]
    [InlineData(17_000)]
    [InlineData(30_000)]
    public async Task Large_headers_are_a_431_with_the_error_page(int length)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lettings/");
        request.Headers.Add("X-Padding", new string('x', length));
        using var response = await Client().SendAsync(request);

        await AssertErrorPageAsync(response, HttpStatusCode.RequestHeaderFieldsTooLarge, "431 - Request Header Fields Too Large");
    }

    [Fact]
    public async Task Headers_beyond_what_Kestrel_reads_are_a_bare_431()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lettings/");
        request.Headers.Add("X-Padding", new string('x', 70_000));
        using var response = await Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_larger_than_the_limit_is_a_413_with_the_error_page()
    {
        using var content = new StringContent("Form.Username=" + new string('a', 200_000), Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await Client().PostAsync(new Uri(LoginPath, UriKind.Relative), content);

        await AssertErrorPageAsync(response, HttpStatusCode.RequestEntityTooLarge, "413 - Payload Too Large");
    }

    [Fact]
    public async Task A_chunked_body_growing_past_the_limit_is_a_413_with_the_error_page()
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes("Form.Username=" + new string('a', 200_000)));
        using var content = new StreamContent(body); // no length: sent chunked, the limit is met while reading
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        using var request = new HttpRequestMessage(HttpMethod.Post, LoginPath) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await Client().SendAsync(request);

        await AssertErrorPageAsync(response, HttpStatusCode.RequestEntityTooLarge, "413 - Payload Too Large");
    }

    public static TheoryData<string, string> OversizedForms => new()
    {
        { "too many fields", string.Join('&', Enumerable.Range(0, 600).Select(i => $"f{i}=1")) },
        { "a field value too long", "Form.Username=" + new string('a', 20_000) },
        { "a field name too long", new string('k', 300) + "=1" },
    };

    [Theory]
    [MemberData(nameof(OversizedForms))]
    public async Task A_form_over_its_limits_is_a_413_with_the_error_page(string problem, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await Client().PostAsync(new Uri(LoginPath, UriKind.Relative), content);

        Assert.True(response.StatusCode == HttpStatusCode.RequestEntityTooLarge, $"{problem}: {(int)response.StatusCode}");
        await AssertErrorPageAsync(response, HttpStatusCode.RequestEntityTooLarge, "413 - Payload Too Large");
    }

    [Fact]
    public async Task A_form_within_the_limits_reaches_the_page()
    {
        var client = Client();
        using var page = await client.GetAsync(new Uri(LoginPath, UriKind.Relative));
        var document = HtmlExtensions.Parse(await page.Content.ReadAsStringAsync());
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var cookie = page.Headers.GetValues("Set-Cookie").First().Split(';')[0];

        using var request = new HttpRequestMessage(HttpMethod.Post, LoginPath)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Form.Username"] = "nobody",
                ["Form.Password"] = new string('p', AccountRules.PasswordMaxLength),
            }),
        };
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(HtmlExtensions.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#login-failure"));
    }

    [Theory]
    [InlineData("/lettings/?q=a%00b")]
    [InlineData("/admin/?q=%00")]
    [InlineData("/lettings/?a%00=b")]
    public async Task A_nul_character_in_the_query_string_is_a_400_with_the_error_page(string path)
    {
        using var response = await Client().GetAsync(new Uri(path, UriKind.Relative));

        await AssertErrorPageAsync(response, HttpStatusCode.BadRequest, "400 - Bad Request");
    }

    [Theory]
    [InlineData("Form.Username=a%00b&Form.Password=x")]
    [InlineData("Form.Username%00=a&Form.Password=x")]
    public async Task A_nul_character_in_a_form_is_refused_with_the_error_page(string form)
    {
        using var content = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await Client().PostAsync(new Uri(LoginPath, UriKind.Relative), content);

        // ASP.NET Core's form reader refuses it first (as it does a form over its limits), else the site's own check.
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{(int)response.StatusCode}");
        Assert.StartsWith($"{(int)response.StatusCode} - ", HtmlExtensions.Parse(await response.Content.ReadAsStringAsync()).Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nul_character_in_the_path_is_refused_by_Kestrel()
    {
        using var response = await Client().GetAsync(new Uri("/profiles/a%00b/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private HttpClient Client() => app.CreateSocketClient();

    private static async Task AssertErrorPageAsync(HttpResponseMessage response, HttpStatusCode status, string title)
    {
        Assert.Equal(status, response.StatusCode);
        var page = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(title, page.Title);
    }
}
