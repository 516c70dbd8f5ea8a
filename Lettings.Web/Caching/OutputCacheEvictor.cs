using Microsoft.AspNetCore.OutputCaching;

namespace Lettings.Web.Caching;

/// <summary>Evicts tags from this instance's output cache.</summary>
public sealed partial class OutputCacheEvictor(IOutputCacheStore store, CacheFreshness freshness, ILogger<OutputCacheEvictor> logger)
{
    public async Task EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        // First, so that a response being rendered now is not stored after the eviction below.
        freshness.Advance();
        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
            LogEvicted(logger, tag);
        }
    }

    public Task EvictEverythingAsync(CancellationToken cancellationToken = default) =>
        EvictAsync([PublicCache.Everything], cancellationToken);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Output cache: evicted {Tag}")]
    private static partial void LogEvicted(ILogger logger, string tag);
}
