namespace Lettings.Web.Hosting;

public static class SentryReporting
{
    /// <summary>
    /// Reports unhandled exceptions (with the route) and a sample of request traces to Sentry when
    /// <c>SENTRY_DSN</c> is set; without it nothing is registered and nothing is sent. No personal data:
    /// no cookies, authorization headers, request bodies or IP addresses. 404s and other client errors are
    /// not exceptions and are logged as warnings at most, so they never become Sentry events.
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
            options.SetBeforeSend(@event =>
            {
                StripPersonalData(@event.Request);
                return @event;
            });
            options.SetBeforeSendTransaction(transaction =>
            {
                StripPersonalData(transaction.Request);
                return transaction;
            });
        });
        return builder;
    }

    private static readonly string[] s_privateHeaders = ["Authorization", "Cookie", "Set-Cookie", "Proxy-Authorization", "X-Forwarded-For", "X-Real-IP"];

    /// <summary>Belt and braces beside <c>SendDefaultPii = false</c>: whatever the SDK collected, drop these.</summary>
    private static void StripPersonalData(SentryRequest request)
    {
        request.Cookies = null;
        request.Data = null;
        foreach (var header in s_privateHeaders)
        {
            foreach (var key in request.Headers.Keys.Where(k => string.Equals(k, header, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                request.Headers.Remove(key);
            }
        }
    }
}
