namespace Lettings.Web.Hosting;

/// <summary>
/// HTTPS where the site sits behind a TLS-terminating proxy (Heroku's router), which is when ASP.NET Core's own
/// <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c> switch is on: a request the proxy received over plain HTTP is
/// redirected to https (the forwarded scheme tells the two apart, so an HTTPS request is never redirected again),
/// and HTTPS responses outside Development carry HSTS for a year, subdomains included. Without a proxy
/// (<c>docker run -p 8000:8000</c> on a laptop) plain HTTP keeps working.
/// </summary>
public static class HttpsEnforcement
{
    /// <summary>ASP.NET Core's switch (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>) as the host configuration holds it.</summary>
    public const string ForwardedHeadersKey = "FORWARDEDHEADERS_ENABLED";

    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static bool BehindTlsProxy(IConfiguration configuration) =>
        string.Equals(configuration[ForwardedHeadersKey], "true", StringComparison.OrdinalIgnoreCase);

    public static WebApplicationBuilder AddHttpsEnforcement(this WebApplicationBuilder builder)
    {
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = HstsMaxAge;
            options.IncludeSubDomains = true;
        });
        builder.Services.AddHttpsRedirection(options =>
        {
            options.RedirectStatusCode = StatusCodes.Status308PermanentRedirect;
            // The public port of the proxy, unless HTTPS_PORT says otherwise.
            options.HttpsPort ??= builder.Configuration.GetValue<int?>("HTTPS_PORT") ?? 443;
        });
        return builder;
    }

    public static WebApplication UseHttpsEnforcement(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        if (BehindTlsProxy(app.Configuration))
        {
            app.UseHttpsRedirection();
        }

        return app;
    }
}
