using Microsoft.AspNetCore.Mvc;

namespace Lettings.Tests.Hosting;

/// <summary>
/// Every kind of response the site gives carries exactly the same security headers and no <c>Server</c> header:
/// checked on a real Kestrel socket, where the server's own headers are visible.
/// </summary>
public sealed class SecurityHeadersTests(SecurityHeadersTests.HeadersApp app) : IClassFixture<SecurityHeadersTests.HeadersApp>
{
    private static readonly Dictionary<string, string> s_expected = new(StringComparer.OrdinalIgnoreCase)
    {
        ["X-Content-Type-Options"] = "nosniff",
        ["X-Frame-Options"] = "DENY",
        ["Referrer-Policy"] = "strict-origin-when-cross-origin",
        ["Cross-Origin-Opener-Policy"] = "same-origin",
        ["Cross-Origin-Resource-Policy"] = "same-origin",
    };

    // Names of headers that say something about security or the server; the responses must have exactly the expected ones.
    private static readonly string[] s_family =
    [
        "Content-Security-Policy", "Content-Security-Policy-Report-Only", "X-Content-Type-Options", "X-Frame-Options",
        "Referrer-Policy", "Permissions-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy",
        "Cross-Origin-Embedder-Policy", "X-XSS-Protection", "Server", "X-Powered-By", "X-AspNet-Version",
    ];

    public static TheoryData<string, string, int> Responses => new()
    {
        { "page", "/", 200 },
        { "list page", "/lettings/", 200 },
        { "static file", "/css/site.css", 200 },
        { "readiness probe", "/health", 200 },
        { "liveness probe", "/alive", 200 },
        { "redirect", "/lettings", 301 },
        { "not found", "/no-such-page/", 404 },
        { "server error", $"/lettings/?{FaultFilter.Trigger}=headers", 500 },
        { "database outage", $"/lettings/?{FaultFilter.OutageTrigger}=headers", 503 },
        { "too many requests", "POST /admin/login/", 429 },
        { "URL too long", "/lettings/?q=" + new string('x', 5000), 414 },
        { "back-office sign-in", "/admin/login/", 200 },
        { "back-office redirect to sign-in", "/admin/", 302 },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_kind_of_response_carries_the_same_security_headers_and_no_server_header(string kind, string request, int status)
    {
        using var client = app.CreateSocketClient();
        using var response = request.StartsWith("POST ", StringComparison.Ordinal)
            ? await TooManySignInsAsync(client, request[5..])
            : await client.GetAsync(new Uri(request, UriKind.Relative));

        Assert.True(status == (int)response.StatusCode, $"{kind}: {(int)response.StatusCode}");
        var present = s_family.Where(name => Values(response, name) is not null).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["Content-Security-Policy", "Cross-Origin-Opener-Policy", "Cross-Origin-Resource-Policy", "Permissions-Policy", "Referrer-Policy", "X-Content-Type-Options", "X-Frame-Options"],
            present);
        foreach (var (name, value) in s_expected)
        {
            Assert.Equal(value, Values(response, name));
        }

        var csp = Directives(Values(response, "Content-Security-Policy")!);
        Assert.Equal("'self'", csp["default-src"]);
        Assert.Equal("'self'", csp["script-src"]);
        Assert.Equal("'self'", csp["style-src"]);
        Assert.Equal("'none'", csp["object-src"]);
        Assert.Equal("'none'", csp["frame-ancestors"]);
        Assert.Equal("'self'", csp["form-action"]);
        Assert.Equal("'self'", csp["base-uri"]);

        var permissions = Values(response, "Permissions-Policy")!.Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("camera=()", permissions);
        Assert.Contains("microphone=()", permissions);
        Assert.Contains("geolocation=()", permissions);
        Assert.Contains("payment=()", permissions);
        Assert.All(permissions, feature => Assert.EndsWith("=()", feature, StringComparison.Ordinal));
    }

    private static async Task<HttpResponseMessage> TooManySignInsAsync(HttpClient client, string path)
    {
        // The fixture allows one attempt per username; the second one is refused before any page runs.
        var form = new Dictionary<string, string> { ["Form.Username"] = "header-check-" + Guid.NewGuid().ToString("N"), ["Form.Password"] = "x" };
        using (var first = await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form)))
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        }

        return await client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form));
    }

    private static string? Values(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    private static Dictionary<string, string> Directives(string policy) =>
        policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(directive => directive.Split(' ', 2))
            .ToDictionary(parts => parts[0], parts => parts.Length > 1 ? parts[1] : "");

    /// <summary>The site on a socket, failing on demand, allowing one sign-in attempt per username.</summary>
    public sealed class HeadersApp() : KestrelApp(new SqliteTestDatabase())
    {
        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["RateLimiting:SignInPerUsername:PermitLimit"] = "1",
        };

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddRazorPages(options =>
            {
                options.Conventions.ConfigureFilter(new FaultFilter());
                options.Conventions.ConfigureFilter(new IgnoreAntiforgeryTokenAttribute());
            });
    }
}
