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

    public static WebApplication UseLettingsSite(this WebApplication app)
    {
        app.UseLettingsErrorPages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseRouting();
        app.UseTrailingSlashRedirect();
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
