using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Lettings.AppHost;

/// <summary>
/// PostgreSQL only reads its password when it first creates its data directory. When the data volume outlives
/// the password the AppHost has for it (user secrets cleared, another machine user), the server refuses every
/// connection, the site waits for it forever, and only the dashboard shows why. This says it on the console,
/// once, with the way out.
/// </summary>
public sealed partial class PostgresPasswordCheck(
    ResourceNotificationService notifications,
    PostgresDataVolume volume,
    ILogger<PostgresPasswordCheck> logger) : BackgroundService
{
    /// <summary>PostgreSQL's SQLSTATE for a refused password (invalid_password).</summary>
    public const string InvalidPassword = "28P01";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(stoppingToken))
            {
                if (update.Resource is PostgresServerResource && RefusesThePassword(update.Snapshot))
                {
                    LogPasswordMismatch(logger, volume.Name);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public static bool RefusesThePassword(CustomResourceSnapshot snapshot) =>
        snapshot.HealthReports.Any(report => report.ExceptionText?.Contains(InvalidPassword, StringComparison.Ordinal) == true);

    [LoggerMessage(Level = LogLevel.Error, Message =
        "PostgreSQL refuses the password this AppHost has for it: its data volume {Volume} was created with another one "
        + "(the user secrets of this checkout were cleared, or the volume was made by another machine user). The site waits until they agree. "
        + "Stop the AppHost, then either run `docker volume rm {Volume}` (the next run creates, migrates and seeds a fresh database) "
        + "or put the old password back: `dotnet user-secrets set Parameters:postgres-password <old password> --project Lettings.AppHost`.")]
    private static partial void LogPasswordMismatch(ILogger logger, string volume);
}

/// <summary>The name of PostgreSQL's data volume, as Aspire names it for this checkout.</summary>
public sealed record PostgresDataVolume(string Name);
