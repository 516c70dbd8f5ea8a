using System.Threading.RateLimiting;
using Lettings.ServiceDefaults;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lettings.Web.Hosting.RateLimiting;

public static partial class RateLimitingExtensions
{
    /// <summary>
    /// ASP.NET Core's rate limiter with one chained limiter for every request: per client address (health probes
    /// excepted: they stay cheap and answer under a flood), then, for sign-in attempts, per client address and per
    /// username. A refusal is a 429 with <c>Retry-After</c>, rendered by the error pages.
    /// </summary>
    public static WebApplicationBuilder AddLettingsRateLimiting(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(Options.Create(Setting.Section<RateLimitSettings>(builder.Configuration, RateLimitSettings.Section)));
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitSettings>, ILoggerFactory>((options, configured, loggers) =>
        {
            var settings = configured.Value;
            var logger = loggers.CreateLogger(typeof(RateLimitingExtensions).FullName!);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                Limiter("client", settings.PerClient, context => HealthEndpoints.IsProbe(context.Request.Path.Value) ? null : ClientAddress.KeyOf(context)),
                Limiter("sign-in", settings.SignInPerClient, context => SignInRateLimit.IsAttempt(context) ? ClientAddress.KeyOf(context) : null),
                Limiter("sign-in-username", settings.SignInPerUsername, context => SignInRateLimit.IsAttempt(context) ? SignInRateLimit.UsernameOf(context) : null));
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter =
                        Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                if (SignInRateLimit.IsAttempt(context.HttpContext))
                {
                    LogSignInRefused(logger, ClientAddress.KeyOf(context.HttpContext));
                }

                return ValueTask.CompletedTask;
            };
        });
        return builder;
    }

    /// <summary>After routing (the limits depend on the endpoint), before authentication and the pages.</summary>
    public static WebApplication UseLettingsRateLimiting(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<RateLimitSettings>>().Value.Enabled)
        {
            app.UseRateLimiter();
        }

        return app;
    }

    /// <summary>A fixed window per key; a null key means this limit does not apply to the request.</summary>
    private static PartitionedRateLimiter<HttpContext> Limiter(string name, WindowLimit limit, Func<HttpContext, string?> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => key(context) is { } partition
            ? RateLimitPartition.GetFixedWindowLimiter(name + ":" + partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = limit.PermitLimit,
                Window = limit.Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(""));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in attempt from {Client} refused: too many attempts")]
    private static partial void LogSignInRefused(ILogger logger, string client);
}
