using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lettings.Web.Pages.Errors;

/// <summary>
/// The custom error pages (404, 500, 403...), reached by re-execution from the status-code-pages and
/// exception-handler middleware, for any HTTP method. Exception details show in Development only.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed partial class StatusModel(IHostEnvironment environment, ILogger<StatusModel> logger) : PageModel
{
    public ErrorDescription Error { get; private set; } = ErrorDescription.For(500);

    public string? ExceptionDetail { get; private set; }

    public IActionResult OnGet(int code) => Show(code);

    public IActionResult OnPost(int code) => Show(code);

    public IActionResult OnPut(int code) => Show(code);

    public IActionResult OnDelete(int code) => Show(code);

    private PageResult Show(int code)
    {
        code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Error = ErrorDescription.For(code);
        Response.StatusCode = code;

        if (code == StatusCodes.Status404NotFound)
        {
            var originalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? Request.Path.Value;
            LogNotFound(logger, originalPath);
        }

        if (environment.IsDevelopment())
        {
            ExceptionDetail = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error.ToString();
        }

        return Page();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not found: {Path}")]
    private static partial void LogNotFound(ILogger logger, string? path);
}
