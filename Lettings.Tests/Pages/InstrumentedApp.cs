using Lettings.Web.BulkSeed;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lettings.Tests.Pages;

/// <summary>The site with every SQL command logged, optionally with a made-up catalogue added to the original data.</summary>
public class InstrumentedApp(TestDatabase database, int bulkLettings = 0, int bulkProfiles = 0) : LettingsApp(database)
{
    public SqlCommandLog Sql { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<IInterceptor>(Sql);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        if (bulkLettings > 0 || bulkProfiles > 0)
        {
            await using var scope = Services.CreateAsyncScope();
            var seeder = ActivatorUtilities.CreateInstance<BulkSeeder>(scope.ServiceProvider);
            Assert.True(await seeder.SeedAsync(bulkLettings, bulkProfiles, force: false));
        }

        Sql.Clear();
    }
}

public sealed class InstrumentedSqliteApp() : InstrumentedApp(new SqliteTestDatabase());

public sealed class InstrumentedPostgresApp() : InstrumentedApp(new PostgresTestDatabase());

/// <summary>Three pages of lettings (50, 50, 6) and two of profiles (50, 14).</summary>
public sealed class PagedSqliteApp() : InstrumentedApp(new SqliteTestDatabase(), bulkLettings: 100, bulkProfiles: 60);

public sealed class PagedPostgresApp() : InstrumentedApp(new PostgresTestDatabase(), bulkLettings: 100, bulkProfiles: 60);

/// <summary>The catalogue at 100 000 lettings and 100 000 profiles, past one sitemap file.</summary>
public sealed class LargeSqliteApp() : InstrumentedApp(new SqliteTestDatabase(), bulkLettings: 100_000, bulkProfiles: 100_000);

public sealed class LargePostgresApp() : InstrumentedApp(new PostgresTestDatabase(), bulkLettings: 100_000, bulkProfiles: 100_000);
