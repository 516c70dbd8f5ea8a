using Lettings.Web.Hosting.RateLimiting;
using Lettings.Web.Profiles;

namespace Lettings.Web.Hosting;

public static class SiteServiceExtensions
{
    /// <summary>
    /// Razor Pages in feature folders (the project root is the pages root: Lettings/, Profiles/, Pages/),
    /// lower-case URLs ending with a slash, and the username route constraint.
    /// </summary>
    public static WebApplicationBuilder AddLettingsSite(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/";
            options.Conventions.AddFolderApplicationModelConvention("/", page => page.EndpointMetadata.Add(TrailingSlash.Required));
        });

        builder.Services.Configure<RouteOptions>(options =>
        {
            options.LowercaseUrls = true;
            options.AppendTrailingSlash = true;
            options.SetParameterPolicy<UsernameRouteConstraint>(UsernameRouteConstraint.Name);
        });

        return builder;
    }

    /// <summary>
    /// The pipeline, in order: headers on every response; error pages; HTTPS; oversized requests refused; routing;
    /// what depends on the endpoint (timeouts, rate limits, the trailing slash, no-store); then sign-in.
    /// </summary>
    public static WebApplication UseLettingsSite(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseLettingsErrorPages();
        app.UseHttpsEnforcement();
        app.UseRequestLimits();
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseLettingsRateLimiting();
        app.UseTrailingSlashRedirect();
        app.UseNoStoreResponses();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapLettingsSite(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
