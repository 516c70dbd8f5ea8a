using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;

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

    /// <summary>
    /// Every Razor page URL, and every named GET handler of it (<c>?handler=Csv</c>), with route parameters and the
    /// query values a handler requires (the bulk delete's <c>?id=</c>) filled with 1, a record every seeded database has.
    /// </summary>
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
            var routeValues = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var path = "/" + Parameter().Replace(endpoint.RoutePattern.RawText!.Trim('/'), "1") + "/";
            var allowsAnonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var ignoresAntiforgery = compiled.FilterDescriptors.Any(f => f.Filter is Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute)
                || compiled.EndpointMetadata.OfType<Microsoft.AspNetCore.Mvc.IgnoreAntiforgeryTokenAttribute>().Any();
            var gets = compiled.HandlerMethods.Where(h => HttpMethods.IsGet(h.HttpMethod)).ToList();
            IReadOnlyList<string> policies = [.. endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct()];

            var page = gets.FirstOrDefault(h => h.Name is null);
            pages.Add(new PageEndpoint(
                WithQuery(path, RequiredQuery(page, routeValues)),
                allowsAnonymous,
                compiled.HandlerMethods.Any(h => HttpMethods.IsPost(h.HttpMethod)),
                ignoresAntiforgery,
                policies));
            foreach (var handler in gets.Where(h => h.Name is not null))
            {
                var query = RequiredQuery(handler, routeValues).Prepend(new("handler", handler.Name!));
                pages.Add(new PageEndpoint(WithQuery(path, query), allowsAnonymous, HandlesPost: false, ignoresAntiforgery, policies));
            }
        }

        return [.. pages.DistinctBy(p => p.Url).OrderBy(p => p.Url, StringComparer.Ordinal)];
    }

    /// <summary>The handler's parameters the query string must supply: neither from the route nor from services, nor optional.</summary>
    private static IEnumerable<KeyValuePair<string, string?>> RequiredQuery(HandlerMethodDescriptor? handler, HashSet<string> routeValues)
    {
        var nullability = new NullabilityInfoContext();
        return (handler?.Parameters ?? [])
            .Where(p => !routeValues.Contains(p.Name)
                && p.ParameterType != typeof(CancellationToken)
                && p.BindingInfo?.BindingSource != BindingSource.Services
                && p.ParameterInfo is { HasDefaultValue: false } info
                && nullability.Create(info).ReadState == NullabilityState.NotNull)
            .Select(p => new KeyValuePair<string, string?>(p.BindingInfo?.BinderModelName ?? p.Name, "1"));
    }

    private static string WithQuery(string path, IEnumerable<KeyValuePair<string, string?>> query) => QueryHelpers.AddQueryString(path, query);

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
