using Lettings.ServiceDefaults;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using BadHttpRequestException = Microsoft.AspNetCore.Http.BadHttpRequestException;

namespace Lettings.Web.Hosting;

/// <summary>
/// Oversized input is refused before any page runs, with the site's error page: 414 for a long URL, 431 for
/// large headers, 413 for a large body or a form with too many or too long fields; 400 for a NUL character in the
/// query string or the form. Kestrel keeps its own, higher
/// limits as a backstop (it answers those with a bare status, since it refuses them before the site sees them).
/// </summary>
public static class RequestLimits
{
    public static WebApplicationBuilder AddRequestLimits(this WebApplicationBuilder builder)
    {
        var settings = Setting.Section<RequestLimitSettings>(builder.Configuration, RequestLimitSettings.Section);
        builder.Services.AddSingleton(Options.Create(settings));
        builder.Services.Configure<KestrelServerOptions>(options =>
        {
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = settings.BodyBytes;
            // Backstops above the limits the site itself answers with its page (so that the page is what people see).
            options.Limits.MaxRequestLineSize = Math.Max(options.Limits.MaxRequestLineSize, settings.UrlLength + 1024);
            options.Limits.MaxRequestHeadersTotalSize = Math.Max(options.Limits.MaxRequestHeadersTotalSize, settings.HeaderBytes * 2);
        });
        builder.Services.Configure<FormOptions>(options =>
        {
            options.ValueCountLimit = settings.FormValueCount;
            options.ValueLengthLimit = settings.FormValueLength;
            options.KeyLengthLimit = settings.FormKeyLength;
            options.MultipartBodyLengthLimit = settings.BodyBytes;
        });
        return builder;
    }

    /// <summary>
    /// After the error pages (so that the status gets its page) and before routing. The form is read here, once
    /// (ASP.NET Core keeps it for the pages and the antiforgery check), so that a form over the limits is a 413
    /// rather than whatever the first reader of the form would make of it, and so that the sign-in rate limiter can
    /// see the username.
    /// </summary>
    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<RequestLimitSettings>>().Value;
        app.Use(async (context, next) =>
        {
            if (IsErrorPageReExecution(context) || await RefusalAsync(context, settings) is not { } status)
            {
                await next(context);
                return;
            }

            context.Response.StatusCode = status;
        });
        return app;
    }

    private static async Task<int?> RefusalAsync(HttpContext context, RequestLimitSettings settings)
    {
        var request = context.Request;
        if (UrlLength(request) > settings.UrlLength)
        {
            return StatusCodes.Status414UriTooLong;
        }

        if (HeaderBytes(request) > settings.HeaderBytes)
        {
            return StatusCodes.Status431RequestHeaderFieldsTooLarge;
        }

        if (request.ContentLength > settings.BodyBytes)
        {
            return StatusCodes.Status413PayloadTooLarge;
        }

        if (HoldsNul(request.Query))
        {
            return StatusCodes.Status400BadRequest;
        }

        if (!request.HasFormContentType)
        {
            return null;
        }

        try
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            return HoldsNul(form) ? StatusCodes.Status400BadRequest : null;
        }
        catch (InvalidDataException)
        {
            // FormOptions: too many fields, or a field name, value or multipart section too long.
            return StatusCodes.Status413PayloadTooLarge;
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel: a body without Content-Length that grew past the limit (413), or a malformed one (400).
            return e.StatusCode;
        }
    }

    /// <summary>
    /// A NUL character is no text anyone types, and PostgreSQL refuses it in text (SQLSTATE 22021): let through, it
    /// would be a 500 wherever it reached a query or a save. Kestrel already refuses it in the path.
    /// </summary>
    private static bool HoldsNul(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> values)
    {
        foreach (var (key, value) in values)
        {
            if (key.Contains('\0', StringComparison.Ordinal) || value.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsErrorPageReExecution(HttpContext context) =>
        context.Features.Get<IStatusCodeReExecuteFeature>() is not null
        || context.Features.Get<IExceptionHandlerFeature>() is not null;

    private static int UrlLength(HttpRequest request) =>
        request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget is { Length: > 0 } raw
            ? raw.Length
            : request.PathBase.Add(request.Path).ToUriComponent().Length + request.QueryString.ToUriComponent().Length;

    private static int HeaderBytes(HttpRequest request)
    {
        var total = 0;
        foreach (var (name, values) in request.Headers)
        {
            total += name.Length + 4; // ": " and the line break
            foreach (var value in values)
            {
                total += value?.Length ?? 0;
            }
        }

        return total;
    }
}
