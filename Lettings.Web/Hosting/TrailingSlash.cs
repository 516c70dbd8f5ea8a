using Microsoft.AspNetCore.Http.Extensions;

namespace Lettings.Web.Hosting;

/// <summary>
/// The original's URLs end with a slash (<c>/lettings/1/</c>); people bookmarked them with and without it.
/// Pages carry this marker, and a GET or HEAD for one of them without the slash is answered with a 301
/// to the slash form, as Django's APPEND_SLASH did. Anything that is not a page (health checks, assets) is left alone.
/// </summary>
public sealed class TrailingSlash
{
    public static readonly TrailingSlash Required = new();

    private TrailingSlash()
    {
    }
}

public static class TrailingSlashRedirect
{
    /// <summary>Must run after routing, so that only URLs a page answers are redirected.</summary>
    public static IApplicationBuilder UseTrailingSlashRedirect(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            var request = context.Request;
            var path = request.Path;
            if (path.HasValue && !path.Value.EndsWith('/')
                && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                && context.GetEndpoint()?.Metadata.GetMetadata<TrailingSlash>() is not null)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                // The path is decoded (/profiles/José): a header may only carry it escaped (/profiles/Jos%C3%A9).
                context.Response.Headers.Location = UriHelper.BuildRelative(request.PathBase, path.Add("/"), request.QueryString);
                return Task.CompletedTask;
            }

            return next(context);
        });
}
