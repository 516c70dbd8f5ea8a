using Microsoft.Net.Http.Headers;

namespace Lettings.Web.Hosting;

/// <summary>
/// Marks pages whose responses no cache may keep (the back office: names, emails, the forms' tokens), whatever
/// they answer: the page, a redirect to sign in, a 403, a 429.
/// </summary>
public sealed class NoStore
{
    public static readonly NoStore Required = new();

    private NoStore()
    {
    }
}

public static class NoStoreResponses
{
    /// <summary>After routing, so that the endpoint is known; before authorization, which may answer for the page.</summary>
    public static IApplicationBuilder UseNoStoreResponses(this IApplicationBuilder app) =>
        app.Use(static (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<NoStore>() is not null)
            {
                context.Response.OnStarting(static state =>
                {
                    var headers = ((HttpContext)state).Response.Headers;
                    headers.CacheControl = "no-store";
                    headers.Remove(HeaderNames.Pragma);
                    headers.Remove(HeaderNames.Expires);
                    return Task.CompletedTask;
                }, context);
            }

            return next(context);
        });
}
