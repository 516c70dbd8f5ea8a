using System.Text.RegularExpressions;
using Sentry.AspNetCore;
using Sentry.Extensions.Logging;

namespace Lettings.Web.Hosting;

public static partial class SentryReporting
{
    /// <summary>
    /// Reports unhandled exceptions (with the route) and a sample of request traces to Sentry when
    /// <c>SENTRY_DSN</c> is set; without it nothing is registered and nothing is sent. No personal data:
    /// no cookies, authorization headers, request bodies or IP addresses, no query string (back-office searches hold
    /// names and emails; a sign-in redirect carries its <c>ReturnUrl</c>) and no referrer. 404s and other client
    /// errors are not exceptions and are logged as warnings at most, so they never become Sentry events. A database
    /// outage is one event (fingerprinted as such), not one per request that failed during it.
    /// Sentry works beside OpenTelemetry: each instruments requests on its own.
    /// </summary>
    public static WebApplicationBuilder AddLettingsSentry(this WebApplicationBuilder builder)
    {
        var settings = SentrySettings.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(settings);
        if (!settings.Enabled)
        {
            return builder;
        }

        builder.WebHost.UseSentry(options =>
        {
            options.Dsn = settings.Dsn;
            options.Environment = settings.Environment;
            options.Release = settings.Release;
            options.TracesSampleRate = settings.TracesSampleRate;
            options.SendDefaultPii = false;
            options.MaxRequestBodySize = Sentry.Extensibility.RequestSize.None;
            options.AutoSessionTracking = false;
            // An unhealthy readiness probe is logged as an error on every probe; the uptime monitor polling /health
            // is who should hear of it, and Sentry hears of an outage through the requests that met it.
            options.AddLogEntryFilter((category, _, _, _) => category == HealthCheckServiceCategory);
        });
        builder.Services.AddOptions<SentryAspNetCoreOptions>().Configure<DatabaseAvailability>((options, availability) =>
        {
            options.SetBeforeSend(@event =>
            {
                if (@event.Logger == HealthCheckServiceCategory)
                {
                    return null;
                }

                if (@event.Exception is { } exception && DatabaseOutage.Is(exception))
                {
                    if (!availability.FailureToReport())
                    {
                        return null;
                    }

                    @event.SetFingerprint(OutageFingerprint);
                }

                StripPersonalData(@event.Request);
                return @event;
            });
            options.SetBeforeSendTransaction(transaction =>
            {
                StripPersonalData(transaction.Request);
                return transaction;
            });
            // Log lines become breadcrumbs, and ASP.NET Core's own say "Request starting ... GET https://host/path?query".
            // The callback runs as the breadcrumb is added, so the copy's own time stamp is the same moment.
            options.SetBeforeBreadcrumb(breadcrumb => new Breadcrumb(
                WithoutQueryStrings(breadcrumb.Message) ?? "",
                breadcrumb.Type ?? "default",
                breadcrumb.Data?.ToDictionary(pair => pair.Key, pair => WithoutQueryStrings(pair.Value) ?? ""),
                breadcrumb.Category,
                breadcrumb.Level));
        });
        return builder;
    }

    private const string HealthCheckServiceCategory = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    /// <summary>Every outage event falls in one Sentry issue, whichever page met it.</summary>
    public static readonly string[] OutageFingerprint = ["database-unavailable"];

    private static readonly string[] s_privateHeaders =
        ["Authorization", "Cookie", "Set-Cookie", "Proxy-Authorization", "X-Forwarded-For", "X-Real-IP", "Referer"];

    private static string? WithoutQueryStrings(string? text) => text is null ? null : QueryString().Replace(text, "");

    // A '?' right after a path or URL character, and what follows it up to the next blank.
    [GeneratedRegex(@"(?<=[\w/%.~-])\?[^\s""']+")]
    private static partial Regex QueryString();

    /// <summary>Belt and braces beside <c>SendDefaultPii = false</c>: whatever the SDK collected, drop these.</summary>
    private static void StripPersonalData(SentryRequest request)
    {
        request.Cookies = null;
        request.Data = null;
        request.QueryString = null;
        if (request.Url is { } url && url.IndexOfAny(['?', '#']) is var end and >= 0)
        {
            request.Url = url[..end];
        }

        foreach (var header in s_privateHeaders)
        {
            foreach (var key in request.Headers.Keys.Where(k => string.Equals(k, header, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                request.Headers.Remove(key);
            }
        }
    }
}
