namespace Lettings.Tests.Hosting;

/// <summary>
/// Behind Heroku's router (forwarded headers on) a plain-HTTP request is redirected to https once, an HTTPS one is
/// served with a year of HSTS for the domain and its subdomains, and the antiforgery cookie is Secure. Without a
/// proxy (<c>docker run -p 8000:8000</c>) plain HTTP is served and its forms work.
/// </summary>
public sealed class HttpsEnforcementTests
{
    private const string PublicHost = "lettings.example.org";

    [Theory]
    [InlineData("/lettings/?page=1", "https://lettings.example.org/lettings/?page=1")]
    [InlineData("/profiles/Jos%C3%A9/", "https://lettings.example.org/profiles/Jos%C3%A9/")]
    [InlineData("/admin/login/", "https://lettings.example.org/admin/login/")]
    public async Task Behind_the_proxy_plain_http_is_redirected_permanently_to_https(string path, string location)
    {
        await using var app = await StartAsync(behindProxy: true);

        using var response = await app.CreateBrowserClient().SendAsync(Forwarded(HttpMethod.Get, path, "http"));

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.AbsoluteUri);
    }

    [Fact]
    public async Task Behind_the_proxy_https_is_served_with_a_year_of_hsts_including_subdomains_and_never_redirected_again()
    {
        await using var app = await StartAsync(behindProxy: true);

        using var response = await app.CreateBrowserClient().SendAsync(Forwarded(HttpMethod.Get, "/lettings/", "https"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hsts = string.Join(",", response.Headers.GetValues("Strict-Transport-Security"));
        var directives = hsts.Split(';', StringSplitOptions.TrimEntries);
        var maxAge = long.Parse(Assert.Single(directives, d => d.StartsWith("max-age=", StringComparison.Ordinal))["max-age=".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(maxAge >= 365 * 24 * 3600, hsts);
        Assert.Contains("includeSubDomains", directives);
    }

    [Fact]
    public async Task Behind_the_proxy_the_antiforgery_cookie_is_secure()
    {
        await using var app = await StartAsync(behindProxy: true);

        using var response = await app.CreateBrowserClient().SendAsync(Forwarded(HttpMethod.Get, "/admin/login/", "https"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Over_https_without_the_proxy_the_antiforgery_cookie_is_secure_too()
    {
        await using var app = await StartAsync(behindProxy: false);
        using var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/admin/login/", UriKind.Relative));

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_the_proxy_plain_http_is_served_and_its_forms_work()
    {
        await using var app = await StartAsync(behindProxy: false);
        var client = app.CreateBrowserClient();

        using var form = await client.GetAsync(new Uri("/admin/login/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.False(form.Headers.Contains("Strict-Transport-Security"));
        var token = HtmlExtensions.Parse(await form.Content.ReadAsStringAsync())
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/admin/login/")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Form.Username"] = "nobody",
                ["Form.Password"] = "wrong-password",
            }),
        };
        post.Headers.Add("Cookie", form.Headers.GetValues("Set-Cookie").First().Split(';')[0]);
        using var response = await client.SendAsync(post);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(HtmlExtensions.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#login-failure"));
    }

    private static HttpRequestMessage Forwarded(HttpMethod method, string path, string scheme)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-Proto", scheme);
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        return request;
    }

    private static async Task<ProxyApp> StartAsync(bool behindProxy)
    {
        var app = new ProxyApp(behindProxy);
        await app.InitializeAsync();
        return app;
    }

    private sealed class ProxyApp(bool behindProxy) : LettingsApp(new SqliteTestDatabase())
    {
        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["FORWARDEDHEADERS_ENABLED"] = behindProxy ? "true" : "false",
        };

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            await Database.DisposeAsync();
            GC.SuppressFinalize(this);
        }
    }
}
