using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Lettings.Tests.Hosting;

/// <summary>
/// Heroku's router terminates TLS and forwards plain HTTP from addresses that are not fixed, with
/// <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c>. ASP.NET Core's own switch,
/// <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>, must make the site trust them from any address; without it
/// the site must ignore them (a client talking to the container directly could otherwise pretend to be on HTTPS).
/// The proxy here is a non-loopback address, as Heroku's router is.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string PublicHost = "lettings.example.org";

    [Fact]
    public async Task Forwarded_proto_and_client_address_are_honoured_from_any_proxy_when_enabled()
    {
        await using var app = new ProxiedApp(enabled: true);
        await app.InitializeAsync();

        using var response = await app.CreateClient().SendAsync(ForwardedRequest());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https 198.51.100.23", Seen(response));
        // HTTPS requests get HSTS (production), so the browser keeps to https on Heroku.
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Forwarded_headers_are_ignored_when_not_enabled()
    {
        await using var app = new ProxiedApp(enabled: false);
        await app.InitializeAsync();

        using var response = await app.CreateClient().SendAsync(ForwardedRequest());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"http {ProxiedApp.ProxyAddress}", Seen(response));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static HttpRequestMessage ForwardedRequest()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.23");
        return request;
    }

    private static string Seen(HttpResponseMessage response) =>
        string.Join(' ', response.Headers.GetValues(ProxiedApp.SeenHeader));

    /// <summary>
    /// The site as Heroku's router reaches it: the connection comes from <see cref="ProxyAddress"/> (set before
    /// anything else runs), and a probe after the forwarded-headers middleware reports the scheme and client
    /// address the site sees.
    /// </summary>
    private sealed class ProxiedApp(bool enabled) : LettingsApp(new SqliteTestDatabase())
    {
        public const string SeenHeader = "X-Test-Seen";
        public static readonly IPAddress ProxyAddress = IPAddress.Parse("10.23.45.67");

        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            // What ASPNETCORE_FORWARDEDHEADERS_ENABLED becomes in the host configuration.
            ["FORWARDEDHEADERS_ENABLED"] = enabled ? "true" : "false",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, ConnectionFromProxy>());
                services.AddTransient<IStartupFilter, SeenProbe>();
            });
        }

        private sealed class ConnectionFromProxy : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    context.Connection.RemoteIpAddress = ProxyAddress;
                    return nextMiddleware(context);
                });
                next(app);
            };
        }

        private sealed class SeenProbe : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use((context, nextMiddleware) =>
                {
                    var seen = $"{context.Request.Scheme} {context.Connection.RemoteIpAddress}";
                    context.Response.OnStarting(() =>
                    {
                        context.Response.Headers[SeenHeader] = seen;
                        return Task.CompletedTask;
                    });
                    return nextMiddleware(context);
                });
                next(app);
            };
        }
    }
}
