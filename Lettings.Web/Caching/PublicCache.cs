namespace Lettings.Web.Caching;

/// <summary>
/// The output-cache policies of the public pages and the tags they carry. A change evicts the tags of what it
/// touches (<see cref="PublicContent"/>); every cached response also carries <see cref="Everything"/>.
/// </summary>
public static class PublicCache
{
    public const string Everything = "public";

    /// <summary>Pages that show no data (home, privacy, terms): only a full eviction touches them.</summary>
    public const string StaticPages = "static-pages";

    public const string Lettings = "lettings";

    public const string Profiles = "profiles";

    /// <summary>The sitemap files and robots.txt.</summary>
    public const string Sitemap = "sitemap";

    /// <summary>The query parameter a list's page number travels in: the only one the lists vary by.</summary>
    public const string PageQueryKey = "page";
}
