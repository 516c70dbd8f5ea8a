using Lettings.ServiceDefaults;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Lettings.Web.Data;

public static class DatabaseServiceExtensions
{
    /// <summary>
    /// Registers <see cref="LettingsDbContext"/> on the provider <see cref="DatabaseChoice"/> picks. Contexts are pooled
    /// (the public pages open one per request) and carry every <see cref="IInterceptor"/> registered in the services.
    /// PostgreSQL gets the timeouts, pool size and retrying execution strategy of <see cref="PostgresSettings"/>.
    /// </summary>
    public static WebApplicationBuilder AddLettingsDatabase(this WebApplicationBuilder builder)
    {
        var choice = DatabaseChoice.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(choice);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<DatabaseAvailability>();
        builder.Services.AddSingleton<IInterceptor, AvailabilityInterceptor>();

        if (choice.Provider == DatabaseProvider.Postgres)
        {
            var settings = Setting.Section<PostgresSettings>(builder.Configuration, PostgresSettings.Section);
            var connectionString = WithSettings(choice.ConnectionString, settings);
            builder.Services.AddDbContextPool<LettingsDbContext, PostgresLettingsDbContext>((services, options) =>
                options.UseNpgsql(connectionString, npgsql => npgsql
                        .CommandTimeout(settings.CommandTimeoutSeconds)
                        .EnableRetryOnFailure(settings.MaxRetryCount, TimeSpan.FromSeconds(settings.MaxRetryDelaySeconds), errorCodesToAdd: null))
                    .ConfigureWarnings(QuietFailures)
                    .AddInterceptors(services.GetServices<IInterceptor>()));
        }
        else
        {
            EnsureFolderExists(choice);
            builder.Services.AddDbContextPool<LettingsDbContext, SqliteLettingsDbContext>((services, options) =>
                options.UseSqlite(choice.ConnectionString)
                    .ConfigureWarnings(QuietFailures)
                    .AddInterceptors(services.GetServices<IInterceptor>()));
        }

        // Readiness (/health): the database answers, on whichever provider, and holds this release's schema.
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<LettingsDbContext>("database")
            .AddCheck<MigrationsHealthCheck>("migrations");

        builder.Services.AddSingleton(Options.Create(DatabaseStartupOptions.From(builder.Configuration)));
        builder.Services.AddScoped<SeedData>();
        builder.Services.AddScoped<DatabaseMigrator>();
        builder.Services.AddScoped<DatabaseStartup>();
        return builder;
    }

    /// <summary>
    /// A failed connection, command, query or save goes on as an exception and is logged where it is handled (the
    /// error pages log a fault of the site as an error, and an outage once), so EF Core's own error lines for it,
    /// one per attempt, are only for debugging.
    /// </summary>
    private static void QuietFailures(WarningsConfigurationBuilder warnings) => warnings.Log(
        (RelationalEventId.ConnectionError, LogLevel.Debug),
        (RelationalEventId.CommandError, LogLevel.Debug),
        (CoreEventId.QueryIterationFailed, LogLevel.Debug),
        (CoreEventId.SaveChangesFailed, LogLevel.Debug));

    private static string WithSettings(string connectionString, PostgresSettings settings) =>
        new NpgsqlConnectionStringBuilder(connectionString)
        {
            Timeout = settings.ConnectTimeoutSeconds,
            MaxPoolSize = settings.MaxPoolSize,
        }.ConnectionString;

    private static void EnsureFolderExists(DatabaseChoice choice)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(choice.ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(file);
        try
        {
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidSettingException(
                Setting.Variable(DatabaseChoice.SqlitePathKey),
                $"(here {file}) names a file whose folder cannot be created: {e.Message.TrimEnd('.')}");
        }
    }
}
