using Microsoft.Extensions.Options;

namespace Lettings.Web.Data;

public static partial class DatabaseStartup
{
    /// <summary>
    /// Logs which database is in use and, where that is the rule (embedded SQLite, Development, or
    /// <c>Database:MigrateOnStartup=true</c>), migrates and seeds it before the site serves.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var choice = app.Services.GetRequiredService<DatabaseChoice>();
        LogDatabase(app.Logger, choice);

        var options = app.Services.GetRequiredService<IOptions<DatabaseStartupOptions>>().Value;
        var migrate = options.MigrateOnStartup
            ?? (choice.Provider == DatabaseProvider.Sqlite || app.Environment.IsDevelopment());
        if (!migrate)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database: {Database}")]
    private static partial void LogDatabase(ILogger logger, DatabaseChoice database);
}
