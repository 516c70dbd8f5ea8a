using Microsoft.AspNetCore.OutputCaching;

namespace Lettings.Web.Caching;

/// <summary>
/// Closes the race between a request that read the old data and the eviction that follows a change: a response is
/// stored only if no eviction happened while it was rendered. Bypasses the cache while it may be incoherent.
/// </summary>
public sealed class FreshResponsesPolicy(CacheFreshness freshness) : IOutputCachePolicy
{
    private static readonly object s_startKey = new();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (!freshness.Coherent)
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
        }

        context.HttpContext.Items[s_startKey] = freshness.Generation;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Items[s_startKey] is not long start || start != freshness.Generation || !freshness.Coherent)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
