using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Lettings.Web.Caching;

public static class OutputCacheExtensions
{
    /// <summary>
    /// ASP.NET Core's output cache for the public pages, bounded in memory, one policy per kind of content, emptied
    /// of what a save makes stale on commit (<see cref="EvictOnCommitInterceptor"/>) on every instance of the database.
    /// </summary>
    public static WebApplicationBuilder AddPublicOutputCache(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OutputCacheSettings>().BindConfiguration(OutputCacheSettings.Section);
        services.AddSingleton<CacheFreshness>();
        services.AddSingleton<FreshResponsesPolicy>();
        services.AddSingleton<OutputCacheEvictor>();
        services.AddSingleton<IInterceptor, EvictOnCommitInterceptor>();

        if (DatabaseChoice.From(builder.Configuration, builder.Environment).Provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton<PostgresEvictionBroadcast>();
            services.AddSingleton<IEvictionBroadcast>(provider => provider.GetRequiredService<PostgresEvictionBroadcast>());
            services.AddHostedService<PostgresEvictionListener>();
        }
        else
        {
            services.AddSingleton<IEvictionBroadcast, NoEvictionBroadcast>();
        }

        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<OutputCacheSettings>>((options, configured) =>
        {
            var settings = configured.Value;
            options.SizeLimit = settings.SizeLimitMegabytes * 1024L * 1024L;
            options.MaximumBodySize = Math.Min(options.SizeLimit / 4, 8 * 1024 * 1024);
            options.DefaultExpirationTimeSpan = settings.Expiration;
            // Usernames are case-sensitive: /profiles/davwin/ is not /profiles/DavWin/.
            options.UseCaseSensitivePaths = true;

            AddPolicy(options, PublicCache.StaticPages, settings);
            AddPolicy(options, PublicCache.Lettings, settings, PublicCache.PageQueryKey);
            AddPolicy(options, PublicCache.Profiles, settings, PublicCache.PageQueryKey);
            AddPolicy(options, PublicCache.Sitemap, settings);
        });
        return builder;
    }

    /// <summary>After routing and authentication (signed-in staff are never served or stored); off with <c>OutputCache:Enabled=false</c>.</summary>
    public static WebApplication UsePublicOutputCache(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<OutputCacheSettings>>().Value.Enabled)
        {
            app.UseOutputCache();
        }

        return app;
    }

    private static void AddPolicy(OutputCacheOptions options, string name, OutputCacheSettings settings, params string[] queryKeys) =>
        options.AddPolicy(name, policy => policy
            .AddPolicy<FreshResponsesPolicy>()
            .Tag(PublicCache.Everything, name)
            // Any other query parameter is ignored by the pages, so it must not multiply the entries either.
            .SetVaryByQuery(queryKeys)
            .Expire(settings.Expiration));
}
