using Npgsql;

namespace Lettings.Web.Caching;

/// <summary>
/// Listens on a dedicated connection for the evictions other instances broadcast and applies them here. After any
/// break (a database restart, a failover) it reconnects with back-off and evicts everything, since it cannot know
/// what it missed; the first connection does the same, covering the moments before it listened.
/// </summary>
public sealed partial class PostgresEvictionListener(
    DatabaseChoice database, PostgresEvictionBroadcast broadcast, OutputCacheEvictor evictor, CacheFreshness freshness, ILogger<PostgresEvictionListener> logger)
    : BackgroundService
{
    public const string ApplicationName = "lettings-cache-listener";

    private static readonly TimeSpan s_maxDelay = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        freshness.Suspend();
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(() => delay = TimeSpan.FromSeconds(1), stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever broke the connection, the listener must live on: until it is back, bypass the cache.
                freshness.Suspend();
                LogDisconnected(logger, e, delay.TotalSeconds);
                await Task.Delay(delay, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, s_maxDelay.Ticks));
            }
        }
    }

    private async Task ListenAsync(Action connected, CancellationToken stoppingToken)
    {
        var settings = new NpgsqlConnectionStringBuilder(database.ConnectionString)
        {
            ApplicationName = ApplicationName,
            Pooling = false,
            // Notices a dead server even when nothing is being sent.
            KeepAlive = 30,
        };
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        connection.Notification += (_, notification) => Evict(notification.Payload);
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresEvictionBroadcast.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        await evictor.EvictEverythingAsync(stoppingToken);
        freshness.Resume();
        LogListening(logger, PostgresEvictionBroadcast.Channel);
        connected();
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    private void Evict(string payload)
    {
        // Notifications arrive on the connection's reading thread: MemoryOutputCacheStore evicts synchronously.
        if (broadcast.TagsFromOthers(payload) is { Count: > 0 } tags)
        {
            evictor.EvictAsync(tags).GetAwaiter().GetResult();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Output cache: listening for evictions on channel {Channel}")]
    private static partial void LogListening(ILogger logger, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Output cache: lost the eviction channel; reconnecting in {Seconds} s")]
    private static partial void LogDisconnected(ILogger logger, Exception exception, double seconds);
}
