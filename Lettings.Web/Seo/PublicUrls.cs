using Lettings.Web.Caching;
using Lettings.Web.Paging;
using Lettings.Web.Profiles;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Lettings.Web.Seo;

/// <summary>Absolute URLs of the public pages, from routing, on the public origin when one is configured.</summary>
public sealed class PublicUrls(LinkGenerator links, IOptions<SiteSettings> settings)
{
    private const string BackOfficeFolder = "/Admin/";

    // Pages end with a slash; files such as /sitemap.xml do not.
    private static readonly LinkOptions s_file = new() { AppendTrailingSlash = false };

    /// <summary>The canonical URL of the page being rendered; none for the back office, which crawlers are kept out of.</summary>
    public string? Canonical(ViewContext view)
    {
        if (view.RouteData.Values["page"] is not string page || page.StartsWith(BackOfficeFolder, StringComparison.Ordinal))
        {
            return null;
        }

        var values = new RouteValueDictionary();
        foreach (var (key, value) in view.RouteData.Values)
        {
            if (key != "page")
            {
                values[key] = value;
            }
        }

        var number = (view.ViewData.Model as IPagedList)?.Pager.Number ?? 1;
        return Page(view.HttpContext, page, values, number);
    }

    public string Page(HttpContext context, string page, object? values = null, int number = 1)
    {
        var origin = settings.Value.Origin;
        var url = origin is null
            ? links.GetUriByPage(context, page, handler: null, values, options: ProfileLinks.KeepCase)
            : links.GetUriByPage(page, handler: null, values, origin.Scheme, new HostString(origin.Authority), PathBase(origin), options: ProfileLinks.KeepCase);
        url = url ?? throw new InvalidOperationException($"No route to the page {page}.");
        return number == 1 ? url : QueryHelpers.AddQueryString(url, PublicCache.PageQueryKey, number.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The absolute URL of a file endpoint (the sitemap's), by route name.</summary>
    public string File(HttpContext context, string routeName, object? values = null)
    {
        var origin = settings.Value.Origin;
        var url = origin is null
            ? links.GetUriByName(context, routeName, values, options: s_file)
            : links.GetUriByName(routeName, values, origin.Scheme, new HostString(origin.Authority), PathBase(origin), options: s_file);
        return url ?? throw new InvalidOperationException($"No route named {routeName}.");
    }

    private static PathString PathBase(Uri origin) => new(origin.AbsolutePath.TrimEnd('/'));
}
