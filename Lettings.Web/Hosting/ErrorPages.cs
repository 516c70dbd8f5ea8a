namespace Lettings.Web.Hosting;

public static class ErrorPages
{
    public const string Route = "/errors/{0}/";
    public const string ServerErrorPath = "/errors/500/";

    /// <summary>
    /// Unhandled exceptions re-execute as the custom 500 page (the middleware logs the exception as an error);
    /// error statuses without a body (unknown URL, missing record, 403...) re-execute as the matching error page.
    /// </summary>
    public static WebApplication UseLettingsErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(ServerErrorPath);
        app.UseStatusCodePagesWithReExecute(Route);
        return app;
    }
}
