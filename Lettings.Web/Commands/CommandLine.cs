using Lettings.Web.Data;

namespace Lettings.Web.Commands;

/// <summary>
/// One-shot commands run instead of the web server: <c>dotnet Lettings.Web.dll migrate</c>
/// (Heroku's release phase) and <c>create-admin</c> (the first staff account). Returns the exit code, or null when the arguments name no command.
/// </summary>
public static partial class CommandLine
{
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        try
        {
            return await RunAsync(app, args);
        }
        finally
        {
            // Disposing the app flushes the console logger's queue: without it, a command that ends
            // quickly can exit before its last log lines are written.
            await app.DisposeAsync();
        }
    }

    private static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        switch (args[0])
        {
            case "migrate":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
                }

                return 0;
            case CreateAdminCommand.Name:
                return await CreateAdminCommand.RunAsync(app, args[1..]);
            default:
                LogUnknown(app.Logger, args[0]);
                return 2;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unknown command '{Command}'. Commands: migrate, create-admin")]
    private static partial void LogUnknown(ILogger logger, string command);
}
