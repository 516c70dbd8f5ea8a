using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lettings.AppHost;

/// <summary>
/// PostgreSQL only reads its password when it first creates its data directory. When the data volume outlives
/// the password the AppHost has for it (user secrets cleared, another machine user), the server refuses every
/// connection, the site waits for it forever, and only the dashboard shows why. This says it on the console,
/// once, with the way out.
/// </summary>
public static partial class PostgresPasswordCheck
{
    /// <summary>PostgreSQL's SQLSTATE for a refused password (invalid_password).</summary>
    public const string InvalidPassword = "28P01";

    public static IResourceBuilder<PostgresServerResource> WithPasswordCheck(this IResourceBuilder<PostgresServerResource> postgres, string volume)
    {
        // Not a hosted service: the host starts those one after the other, and Aspire's own start waits on the
        // very database that refuses the password, so one registered after it would never start.
        postgres.ApplicationBuilder.Eventing.Subscribe<BeforeStartEvent>((started, cancellationToken) =>
        {
            var notifications = started.Services.GetRequiredService<ResourceNotificationService>();
            var logger = started.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PostgresPasswordCheck).FullName!);
            var stopping = started.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            _ = Task.Run(() => WatchAsync(notifications, postgres.Resource, volume, logger, stopping), stopping);
            return Task.CompletedTask;
        });
        return postgres;
    }

    public static bool RefusesThePassword(IEnumerable<HealthReportSnapshot> healthReports) =>
        healthReports.Any(report => report.ExceptionText?.Contains(InvalidPassword, StringComparison.Ordinal) == true);

    private static async Task WatchAsync(
        ResourceNotificationService notifications, PostgresServerResource postgres, string volume, ILogger logger, CancellationToken stopping)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(stopping))
            {
                if (update.Resource == postgres && RefusesThePassword(update.Snapshot.HealthReports))
                {
                    LogPasswordMismatch(logger, volume);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message =
        "PostgreSQL refuses the password this AppHost has for it: its data volume {Volume} was created with another one "
        + "(the user secrets of this checkout were cleared, or the volume was made by another machine user). The site waits until they agree. "
        + "Stop the AppHost, then either run `docker volume rm {Volume}` (the next run creates, migrates and seeds a fresh database) "
        + "or put the old password back: `dotnet user-secrets set Parameters:postgres-password <old password> --project Lettings.AppHost`.")]
    private static partial void LogPasswordMismatch(ILogger logger, string volume);
}
