using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lettings.Tests.Hosting;

/// <summary>A flood of readiness probes costs the database a check every couple of seconds, not one per probe.</summary>
public sealed class HealthCheckCacheTests(HealthCheckCacheTests.CountingApp app) : IClassFixture<HealthCheckCacheTests.CountingApp>
{
    [Fact]
    public async Task Concurrent_and_repeated_probes_share_one_database_check()
    {
        var client = app.CreateBrowserClient();
        using (var warm = await client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var before = app.Connections.Opened;
        var statuses = await Task.WhenAll(Enumerable.Range(0, 200).Select(async _ =>
        {
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
            return response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.InRange(app.Connections.Opened - before, 0, 2);
    }

    /// <summary>Counts the connections the site opens.</summary>
    public sealed class ConnectionCounter : DbConnectionInterceptor
    {
        private int _opened;

        public int Opened => Volatile.Read(ref _opened);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _opened);
            return Task.CompletedTask;
        }

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Interlocked.Increment(ref _opened);
    }

    public sealed class CountingApp() : LettingsApp(new SqliteTestDatabase())
    {
        public ConnectionCounter Connections { get; } = new();

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IInterceptor>(Connections);
    }
}
