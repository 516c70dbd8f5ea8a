using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Lettings.ServiceDefaults;

public static class HealthCheckExtensions
{
    /// <summary>A "self" check tagged <see cref="HealthEndpoints.LiveTag"/>; services add their own readiness checks.</summary>
    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [HealthEndpoints.LiveTag]);
        return builder;
    }

    /// <summary>
    /// <c>/alive</c> (liveness: only the "live" checks) and <c>/health</c> (readiness: every check), in every
    /// environment, because Heroku and the Aspire AppHost both probe them. The body is only the status
    /// (<c>Healthy</c>, <c>Degraded</c> or <c>Unhealthy</c>); 503 when unhealthy; never cached.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthEndpoints.Health);
        app.MapHealthChecks(HealthEndpoints.Alive, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthEndpoints.LiveTag),
        });
        return app;
    }
}
