using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;

namespace Lettings.Web.Pages.Errors;

/// <summary>
/// The custom error pages (404, 500, 503, 403, 429...), reached by re-execution from the status-code-pages and
/// exception-handler middleware, for any HTTP method. Exception details show in Development only. Never rate
/// limited itself: it is how a 429 gets its page.
/// </summary>
[IgnoreAntiforgeryToken]
[DisableRateLimiting]
public sealed partial class StatusModel(IHostEnvironment environment, ILogger<StatusModel> logger) : PageModel
{
    /// <summary>When to try again after a 503: the database is usually back within a minute.</summary>
    public static readonly TimeSpan RetryAfterUnavailable = TimeSpan.FromSeconds(30);

    public ErrorDescription Error { get; private set; } = ErrorDescription.For(500);

    public string? ExceptionDetail { get; private set; }

    // No handler parameters: binding them could read the form of the request that failed (perhaps for its size).
    public IActionResult OnGet() => Show();

    public IActionResult OnPost() => Show();

    public IActionResult OnPut() => Show();

    public IActionResult OnDelete() => Show();

    private PageResult Show()
    {
        _ = int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code);
        var exception = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (exception is not null)
        {
            // The exception handler chose the status (500, or 503 for a database outage); the route only says 500.
            code = Response.StatusCode;
        }

        code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Error = ErrorDescription.For(code);
        Response.StatusCode = code;
        if (code == StatusCodes.Status503ServiceUnavailable && !Response.Headers.ContainsKey("Retry-After"))
        {
            Response.Headers.RetryAfter = RetryAfterUnavailable.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        }

        if (code == StatusCodes.Status404NotFound)
        {
            var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path.Value;
            LogNotFound(logger, originalPath);
        }

        if (environment.IsDevelopment())
        {
            ExceptionDetail = exception?.ToString();
        }

        return Page();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not found: {Path}")]
    private static partial void LogNotFound(ILogger logger, string? path);
}
