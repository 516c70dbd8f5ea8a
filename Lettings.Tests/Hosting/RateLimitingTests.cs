using Lettings.Web.Hosting.RateLimiting;

namespace Lettings.Tests.Hosting;

/// <summary>
/// The rate limits, as Heroku's router presents clients (forwarded headers on, each test its own client addresses
/// and usernames): sign-in attempts per client address and per username, every request per client address, the
/// health probes never limited. A refusal is a 429 page with <c>Retry-After</c> that no page behind it sees.
/// </summary>
public sealed class RateLimitingTests(RateLimitingTests.LimitedApp app) : IClassFixture<RateLimitingTests.LimitedApp>
{
    private const string LoginPath = "/admin/login/";

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_per_client_address_are_a_429_page_with_retry_after()
    {
        var client = NewClientAddress();
        for (var attempt = 0; attempt < LimitedApp.SignInsPerClient; attempt++)
        {
            using var allowed = await SignInAsync(client, NewUsername(), "wrong-password");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await SignInAsync(client, NewUsername(), "wrong-password");
        await AssertTooManyAsync(refused, LimitedApp.WindowSeconds);

        using var otherClient = await SignInAsync(NewClientAddress(), NewUsername(), "wrong-password");
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_for_one_username_are_limited_from_every_address()
    {
        var username = NewUsername();
        for (var attempt = 0; attempt < LimitedApp.SignInsPerUsername; attempt++)
        {
            using var allowed = await SignInAsync(NewClientAddress(), username, "wrong-password");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        var fresh = NewClientAddress();
        using var refused = await SignInAsync(fresh, username.ToUpperInvariant(), "wrong-password");
        await AssertTooManyAsync(refused, LimitedApp.UsernameWindowSeconds);

        using var otherName = await SignInAsync(fresh, NewUsername(), "wrong-password");
        Assert.Equal(HttpStatusCode.OK, otherName.StatusCode);
    }

    [Fact]
    public async Task A_refused_attempt_does_not_count_toward_the_accounts_lockout()
    {
        var username = NewUsername();
        await StaffAccounts.CreateAsync(app, username);
        for (var attempt = 0; attempt < LimitedApp.SignInsPerUsername + 4; attempt++)
        {
            using var response = await SignInAsync(NewClientAddress(), username, "wrong-password-" + attempt);
            Assert.Equal(attempt < LimitedApp.SignInsPerUsername ? HttpStatusCode.OK : HttpStatusCode.TooManyRequests, response.StatusCode);
        }

        var account = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == username));
        Assert.Equal(LimitedApp.SignInsPerUsername, account.AccessFailedCount);
        Assert.Null(account.LockoutEnd);
    }

    [Fact]
    public async Task Requests_beyond_the_general_limit_per_client_are_a_429_page_but_health_probes_always_answer()
    {
        var client = NewClientAddress();
        for (var request = 0; request < LimitedApp.RequestsPerClient; request++)
        {
            using var allowed = await SendAsync(client, HttpMethod.Get, "/lettings/");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await SendAsync(client, HttpMethod.Get, "/lettings/");
        await AssertTooManyAsync(refused, LimitedApp.WindowSeconds);

        for (var probe = 0; probe < 2 * LimitedApp.RequestsPerClient; probe++)
        {
            using var health = await SendAsync(client, HttpMethod.Get, probe % 2 == 0 ? "/health" : "/alive");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        using var otherClient = await SendAsync(NewClientAddress(), HttpMethod.Get, "/lettings/");
        Assert.Equal(HttpStatusCode.OK, otherClient.StatusCode);
    }

    [Fact]
    public async Task The_login_form_names_its_username_field_as_the_limiter_reads_it()
    {
        using var response = await SendAsync(NewClientAddress(), HttpMethod.Get, LoginPath);
        var form = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());

        Assert.NotNull(form.QuerySelector($"main form input[name='{SignInRateLimit.UsernameField}']"));
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response, int window)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = int.Parse(string.Join("", response.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, window);
        var page = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("429 - Too Many Requests", page.Title);
    }

    /// <summary>Opens the login form from <paramref name="client"/> and submits it, token and cookie included.</summary>
    private async Task<HttpResponseMessage> SignInAsync(string client, string username, string password)
    {
        using var form = await SendAsync(client, HttpMethod.Get, LoginPath);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        var token = HtmlExtensions.Parse(await form.Content.ReadAsStringAsync())
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var cookie = form.Headers.GetValues("Set-Cookie").First().Split(';')[0];
        return await SendAsync(client, HttpMethod.Post, LoginPath, cookie, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Username"] = username,
            ["Form.Password"] = password,
        }));
    }

    /// <summary>A request as Heroku's router forwards it for a client at <paramref name="client"/>.</summary>
    private async Task<HttpResponseMessage> SendAsync(string client, HttpMethod method, string path, string? cookie = null, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Host = "lettings.example.org";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", client);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await app.CreateBrowserClient().SendAsync(request);
    }

    private static int s_clients;

    private static string NewClientAddress()
    {
        var n = Interlocked.Increment(ref s_clients);
        return $"198.51.{n / 250}.{(n % 250) + 1}";
    }

    private static string NewUsername() => "limit-" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>The site behind the router, with small limits.</summary>
    public sealed class LimitedApp() : LettingsApp(new SqliteTestDatabase())
    {
        public const int RequestsPerClient = 30;
        public const int SignInsPerClient = 3;
        public const int SignInsPerUsername = 2;
        public const int WindowSeconds = 60;
        public const int UsernameWindowSeconds = 300;

        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["FORWARDEDHEADERS_ENABLED"] = "true",
            ["RateLimiting:PerClient:PermitLimit"] = RequestsPerClient.ToString(CultureInfo.InvariantCulture),
            ["RateLimiting:PerClient:WindowSeconds"] = WindowSeconds.ToString(CultureInfo.InvariantCulture),
            ["RateLimiting:SignInPerClient:PermitLimit"] = SignInsPerClient.ToString(CultureInfo.InvariantCulture),
            ["RateLimiting:SignInPerClient:WindowSeconds"] = WindowSeconds.ToString(CultureInfo.InvariantCulture),
            ["RateLimiting:SignInPerUsername:PermitLimit"] = SignInsPerUsername.ToString(CultureInfo.InvariantCulture),
            ["RateLimiting:SignInPerUsername:WindowSeconds"] = UsernameWindowSeconds.ToString(CultureInfo.InvariantCulture),
        };
    }
}
