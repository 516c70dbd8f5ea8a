namespace Lettings.Web.Hosting;

public static partial class ErrorPages
{
    public const string Route = "/errors/{0}/";
    public const string ServerErrorPath = "/errors/500/";

    /// <summary>
    /// Unhandled exceptions re-execute as the custom error page with the status <see cref="StatusFor"/> gives
    /// (the middleware logs a 500 as an error); error statuses without a body (unknown URL, missing record, 403,
    /// 429...) re-execute as the matching error page.
    /// </summary>
    public static WebApplication UseLettingsErrorPages(this WebApplication app)
    {
        var availability = app.Services.GetRequiredService<DatabaseAvailability>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ErrorPages).FullName!);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = ServerErrorPath,
            StatusCodeSelector = StatusFor,
            // Per-request error logs are for faults of the site. An outage gets one warning when it begins (each of
            // its requests still has its line in the request log, with the 503); a refused request gets none.
            SuppressDiagnosticsCallback = context =>
            {
                if (DatabaseOutage.Is(context.Exception))
                {
                    if (availability.FailureToLog())
                    {
                        LogOutage(logger, availability.CurrentOutage, context.Exception);
                    }

                    return true;
                }

                return StatusFor(context.Exception) < StatusCodes.Status500InternalServerError;
            },
        });
        app.UseStatusCodePagesWithReExecute(Route);
        return app;
    }

    /// <summary>503 when the database cannot be reached; the status Kestrel gave a bad or oversized request; else 500.</summary>
    public static int StatusFor(Exception exception) => exception switch
    {
        _ when DatabaseOutage.Is(exception) => StatusCodes.Status503ServiceUnavailable,
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database cannot be reached (outage {Outage}): pages that need it answer 503 until it is back")]
    private static partial void LogOutage(ILogger logger, long outage, Exception exception);
}
