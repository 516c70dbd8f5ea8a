using Lettings.ServiceDefaults;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Lettings.Web.Data;

public static class DatabaseServiceExtensions
{
    /// <summary>
    /// Registers <see cref="LettingsDbContext"/> on the provider <see cref="DatabaseChoice"/> picks. Contexts are pooled
    /// (the public pages open one per request) and carry every <see cref="IInterceptor"/> registered in the services.
    /// </summary>
    public static WebApplicationBuilder AddLettingsDatabase(this WebApplicationBuilder builder)
    {
        var choice = DatabaseChoice.From(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(choice);

        if (choice.Provider == DatabaseProvider.Postgres)
        {
            builder.Services.AddDbContextPool<LettingsDbContext, PostgresLettingsDbContext>((services, options) =>
                options.UseNpgsql(choice.ConnectionString).AddInterceptors(services.GetServices<IInterceptor>()));
        }
        else
        {
            EnsureFolderExists(choice);
            builder.Services.AddDbContextPool<LettingsDbContext, SqliteLettingsDbContext>((services, options) =>
                options.UseSqlite(choice.ConnectionString).AddInterceptors(services.GetServices<IInterceptor>()));
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
