namespace Lettings.Web.Caching;

/// <summary>The public pages' output cache (section <c>OutputCache</c>).</summary>
public sealed class OutputCacheSettings
{
    public const string Section = "OutputCache";

    /// <summary>Off serves every public request from the database: the path every cache miss takes, for measuring it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Memory the cached responses may take. Entries past it are not stored and the least recently used are compacted
    /// away, so a crawl of a large catalogue cannot grow the process without bound.
    /// </summary>
    public int SizeLimitMegabytes { get; set; } = 32;

    /// <summary>
    /// Eviction on change is what keeps pages fresh; this is only the safety net for a change made outside the site
    /// (a hand-run SQL statement), after which a page is at most this old.
    /// </summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(10);
}
