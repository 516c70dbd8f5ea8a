using Microsoft.Extensions.Options;

namespace Lettings.Web.Data;

/// <summary>
/// What happens to the database before the site serves (or <c>create-admin</c> writes): says which database is
/// in use and, where that is the rule, migrates and seeds it. The rule: <c>Database:MigrateOnStartup</c> when
/// set, else yes for the embedded SQLite file and in Development, where nobody runs a release phase.
/// </summary>
public sealed partial class DatabaseStartup(
    DatabaseChoice choice,
    IOptions<DatabaseStartupOptions> options,
    IHostEnvironment environment,
    DatabaseMigrator migrator,
    ILogger<DatabaseStartup> logger)
{
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        LogDatabase(logger, choice);
        var migrate = options.Value.MigrateOnStartup
            ?? (choice.Provider == DatabaseProvider.Sqlite || environment.IsDevelopment());
        if (migrate)
        {
            await migrator.MigrateAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database: {Database}")]
    private static partial void LogDatabase(ILogger logger, DatabaseChoice database);
}
