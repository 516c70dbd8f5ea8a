using Lettings.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lettings.Web.Hosting;

/// <summary>
/// Readiness checks (the database, its migrations) run at most once per <see cref="Lifetime"/> whatever the number
/// of probes: concurrent probes share one run, later ones get its result until it is stale. A flood of
/// <c>/health</c> therefore costs the database nothing more, and the probes are left out of the rate limits. A
/// check that does not answer within <see cref="Timeout"/> counts as unhealthy (an unreachable database would
/// otherwise hold the probe through every connection attempt and retry).
/// </summary>
public static class HealthCheckCache
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public static WebApplicationBuilder AddHealthCheckCache(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<HealthCheckRuns>();
        // PostConfigure sees every registration, wherever it was added.
        builder.Services.PostConfigure<HealthCheckServiceOptions>(options =>
        {
            foreach (var registration in options.Registrations.Where(r => !r.Tags.Contains(HealthEndpoints.LiveTag)))
            {
                var create = registration.Factory;
                var name = registration.Name;
                registration.Factory = services => new SharedCheck(name, create(services), services.GetRequiredService<HealthCheckRuns>());
                if (registration.Timeout == System.Threading.Timeout.InfiniteTimeSpan)
                {
                    registration.Timeout = Timeout;
                }
            }
        });
        return builder;
    }

    private sealed class SharedCheck(string name, IHealthCheck inner, HealthCheckRuns runs) : IHealthCheck
    {
        // The run is shared, so one probe giving up must not cancel it for the others.
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            runs.Latest(name, () => inner.CheckHealthAsync(context, CancellationToken.None)).WaitAsync(cancellationToken);
    }

    internal sealed class HealthCheckRuns(TimeProvider clock)
    {
        private readonly Dictionary<string, (DateTimeOffset Started, Task<HealthCheckResult> Result)> _runs = [];

        public Task<HealthCheckResult> Latest(string name, Func<Task<HealthCheckResult>> run)
        {
            lock (_runs)
            {
                var now = clock.GetUtcNow();
                if (_runs.TryGetValue(name, out var last) && (!last.Result.IsCompleted || now - last.Started < Lifetime))
                {
                    return last.Result;
                }

                var started = run();
                _runs[name] = (now, started);
                return started;
            }
        }
    }
}
