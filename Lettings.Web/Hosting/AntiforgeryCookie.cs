namespace Lettings.Web.Hosting;

public static class AntiforgeryCookie
{
    /// <summary>
    /// The antiforgery cookie is <c>Secure</c> outside Development whenever the request is HTTPS, which behind the
    /// TLS proxy is every request that reaches a form (plain HTTP is redirected first), so there it is always Secure.
    /// <c>Always</c> cannot be the setting everywhere: antiforgery then refuses every plain-HTTP request, and
    /// <c>docker run -p 8000:8000</c> on a laptop serves plain HTTP.
    /// </summary>
    public static WebApplicationBuilder AddLettingsAntiforgery(this WebApplicationBuilder builder)
    {
        var behindTlsProxy = HttpsEnforcement.BehindTlsProxy(builder.Configuration);
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.SecurePolicy = behindTlsProxy && !builder.Environment.IsDevelopment()
                ? CookieSecurePolicy.Always
                : CookieSecurePolicy.SameAsRequest;
        });
        return builder;
    }
}
