namespace Lettings.Web.Hosting;

/// <summary>
/// Heroku's router answers 503 itself when a request has had no response for 30 s; the site gives up a little
/// earlier, cancelling the request's work (queries receive the request's token) and answering 503 with its own
/// page and <c>Retry-After</c> instead.
/// </summary>
public static class RequestTimeouts
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public static WebApplicationBuilder AddLettingsRequestTimeouts(this WebApplicationBuilder builder)
    {
        builder.Services.AddRequestTimeouts(options => options.DefaultPolicy = new()
        {
            Timeout = Timeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
        });
        return builder;
    }
}
