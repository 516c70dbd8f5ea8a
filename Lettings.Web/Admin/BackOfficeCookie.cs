using Microsoft.AspNetCore.Authentication.Cookies;

namespace Lettings.Web.Admin;

/// <summary>The sign-in cookie: HttpOnly, Secure outside Development, SameSite=Lax, sliding expiry.</summary>
internal static class BackOfficeCookie
{
    /// <summary>Where the cookie sends visitors who are not signed in: also the log-in page's route (<c>AddBackOffice</c>).</summary>
    public const string LoginPath = "/admin/login/";

    public static readonly TimeSpan IdleTimeout = TimeSpan.FromHours(8);

    public static void Configure(CookieAuthenticationOptions options, IHostEnvironment environment)
    {
        options.Cookie.Name = "lettings.auth";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        options.SlidingExpiration = true;
        options.ExpireTimeSpan = IdleTimeout;
        options.LoginPath = LoginPath;

        // A signed-in account without the staff flag gets a real 403 (rendered by the error pages), not a redirect.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
