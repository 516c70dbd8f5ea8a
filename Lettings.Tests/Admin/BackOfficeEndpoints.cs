using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Lettings.Tests.Admin;

/// <summary>The site's page endpoints, discovered from its endpoint data sources: nothing here is a hand-written list.</summary>
internal static partial class BackOfficeEndpoints
{
    // Policies: the authorization policies the page's endpoint requires (all of them must pass).
    public sealed record PageEndpoint(string Url, bool AllowsAnonymous, bool HandlesPost, bool IgnoresAntiforgery, IReadOnlyList<string> Policies)
    {
        public bool IsBackOffice => Url.StartsWith("/admin/", StringComparison.Ordinal);

        public override string ToString() => Url;
    }

    /// <summary>Every Razor page URL, with route parameters filled with 1 (a record every seeded database has).</summary>
    public static async Task<IReadOnlyList<PageEndpoint>> DiscoverAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var pages = new List<PageEndpoint>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } descriptor)
            {
                continue;
            }

            var compiled = descriptor as CompiledPageActionDescriptor ?? await loader.LoadAsync(descriptor, endpoint.Metadata);
            var url = "/" + Parameter().Replace(endpoint.RoutePattern.RawText!.Trim('/'), "1") + "/";
            pages.Add(new PageEndpoint(
                url,
                endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                compiled.HandlerMethods.Any(h => HttpMethods.IsPost(h.HttpMethod)),
                compiled.FilterDescriptors.Any(f => f.Filter is Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute)
                    || compiled.EndpointMetadata.OfType<Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute>().Any(),
                [.. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct()]));
        }

        return [.. pages.DistinctBy(p => p.Url).OrderBy(p => p.Url, StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
