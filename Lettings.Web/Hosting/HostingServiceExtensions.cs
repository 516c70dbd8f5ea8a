using Lettings.Web.Hosting.RateLimiting;

namespace Lettings.Web.Hosting;

public static class HostingServiceExtensions
{
    /// <summary>
    /// How the site meets the internet: HTTPS behind the proxy, request size limits, checkboxes posted with any
    /// value, rate limits, the antiforgery cookie, request timeouts, graceful shutdown and cheap health probes.
    /// <c>UseLettingsSite</c> puts the middleware in order.
    /// </summary>
    public static WebApplicationBuilder AddLettingsHosting(this WebApplicationBuilder builder) => builder
        .AddHttpsEnforcement()
        .AddRequestLimits()
        .AddBooleanFormValues()
        .AddLettingsRateLimiting()
        .AddLettingsAntiforgery()
        .AddLettingsRequestTimeouts()
        .AddGracefulShutdown()
        .AddHealthCheckCache();
}
