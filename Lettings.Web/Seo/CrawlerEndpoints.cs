using System.Text;
using Lettings.Web.Caching;
using Microsoft.Extensions.Options;

namespace Lettings.Web.Seo;

public static class CrawlerEndpoints
{
    public const string SitemapRoute = "sitemap";
    public const string SitemapFileRoute = "sitemap-file";

    private const string BackOfficePage = "/Admin/Index";

    public static WebApplicationBuilder AddCrawlerFiles(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SiteSettings>().BindConfiguration(SiteSettings.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<SiteSettings>, SiteSettingsValidation>();
        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddScoped<Sitemap>();
        return builder;
    }

    /// <summary><c>/robots.txt</c> and the sitemap, cached with the pages and evicted with them.</summary>
    public static WebApplication MapCrawlerFiles(this WebApplication app)
    {
        app.MapGet("/robots.txt", Robots).CacheOutput(PublicCache.Sitemap);
        app.MapGet("/sitemap.xml", (HttpContext context, Sitemap sitemap) => sitemap.WriteRootAsync(context))
            .WithName(SitemapRoute).CacheOutput(PublicCache.Sitemap);
        app.MapGet("/sitemaps/{section}/{number:int}.xml", SitemapFileAsync)
            .WithName(SitemapFileRoute).CacheOutput(PublicCache.Sitemap);
        return app;
    }

    private static IResult Robots(HttpContext context, PublicUrls urls, LinkGenerator links)
    {
        var backOffice = links.GetPathByPage(BackOfficePage) ?? throw new InvalidOperationException($"No route to {BackOfficePage}.");
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: ").Append(backOffice).Append('\n')
            .Append("Sitemap: ").Append(urls.File(context, SitemapRoute)).Append('\n')
            .ToString();
        return Results.Text(text, "text/plain", Encoding.UTF8);
    }

    private static async Task SitemapFileAsync(HttpContext context, Sitemap sitemap, string section, int number)
    {
        if (!await sitemap.WriteFileAsync(context, section, number))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
