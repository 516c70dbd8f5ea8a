using Lettings.Web.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace Lettings.Tests.Caching;

/// <summary>A response rendered across an eviction may hold the data from before the change: it is served, never stored.</summary>
public sealed class FreshResponsesPolicyTests
{
    private readonly CacheFreshness _freshness = new();

    [Fact]
    public async Task A_response_rendered_without_an_eviction_is_stored()
    {
        var context = await RenderAsync(during: () => { });

        Assert.True(context.AllowCacheStorage);
    }

    [Fact]
    public async Task A_response_rendered_across_an_eviction_is_not_stored()
    {
        var context = await RenderAsync(during: _freshness.Advance);

        Assert.False(context.AllowCacheStorage);
    }

    [Fact]
    public async Task While_evictions_cannot_be_heard_the_cache_is_bypassed()
    {
        _freshness.Suspend();

        var context = await RenderAsync(during: () => { });

        Assert.False(context.AllowCacheLookup);
        Assert.False(context.AllowCacheStorage);
    }

    private async Task<OutputCacheContext> RenderAsync(Action during)
    {
        var policy = new FreshResponsesPolicy(_freshness);
        var context = new OutputCacheContext { HttpContext = new DefaultHttpContext(), AllowCacheLookup = true, AllowCacheStorage = true };
        await policy.CacheRequestAsync(context, CancellationToken.None);
        during();
        await policy.ServeResponseAsync(context, CancellationToken.None);
        return context;
    }
}
