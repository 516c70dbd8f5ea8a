using System.Diagnostics;
using Lettings.ServiceDefaults;

namespace Lettings.Web.Hosting;

public static partial class RequestLogging
{
    public const string Category = "Lettings.Web.Requests";

    /// <summary>
    /// One structured log line per request, written when the response is done: method, path (no query
    /// string), final status and elapsed milliseconds. ASP.NET Core's own two lines per request are turned
    /// down in <c>appsettings.json</c>. Health probes are logged at Debug only.
    /// Not ASP.NET Core's <c>AddHttpLogging</c>: even with <c>CombineLogs</c> and only the method, path, status
    /// and duration fields, it writes one multi-line "Request and Response:" block per request under the
    /// middleware's category, which reads as several lines on the console and in Heroku's log; this keeps one
    /// line with four named values.
    /// </summary>
    public static WebApplication UseLettingsRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        app.Use(async (context, next) =>
        {
            var start = Stopwatch.GetTimestamp();
            var method = context.Request.Method;
            var path = context.Request.PathBase.Add(context.Request.Path).Value ?? "/";
            var status = StatusCodes.Status500InternalServerError;
            try
            {
                await next(context);
                status = context.Response.StatusCode;
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (HealthEndpoints.IsProbe(path))
                {
                    LogProbe(logger, method, path, status, elapsed);
                }
                else
                {
                    LogRequest(logger, method, path, status, elapsed);
                }
            }
        });
        return app;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, int statusCode, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogProbe(ILogger logger, string method, string path, int statusCode, double elapsedMs);
}
