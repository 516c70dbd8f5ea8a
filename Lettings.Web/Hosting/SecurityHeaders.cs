namespace Lettings.Web.Hosting;

public static class SecurityHeaders
{
    // Every asset is served by the site itself: nothing from another origin, no inline script or style.
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The site uses none of these browser features; saying so stops an injected frame or script from asking.
    public const string PermissionsPolicy =
        "accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), "
        + "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), "
        + "picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), usb=(), xr-spatial-tracking=()";

    /// <summary>The headers and values every response of the site carries.</summary>
    public static IReadOnlyDictionary<string, string> Values { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Content-Security-Policy"] = ContentSecurityPolicy,
        ["X-Content-Type-Options"] = "nosniff",
        // frame-ancestors covers current browsers; X-Frame-Options the ones that predate it.
        ["X-Frame-Options"] = "DENY",
        ["Referrer-Policy"] = "strict-origin-when-cross-origin",
        ["Permissions-Policy"] = PermissionsPolicy,
        ["Cross-Origin-Opener-Policy"] = "same-origin",
        ["Cross-Origin-Resource-Policy"] = "same-origin",
    };

    /// <summary>
    /// Registered first, so that whatever answers later (a page, a static file, a health probe, an error page,
    /// a redirect, a 429 or 503) carries the headers: the callback runs when the response starts, after the
    /// exception handler has cleared the headers of a failed response.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var headers = ((HttpContext)state).Response.Headers;
                foreach (var (name, value) in Values)
                {
                    headers[name] = value;
                }

                return Task.CompletedTask;
            }, context);
            return next(context);
        });
}
