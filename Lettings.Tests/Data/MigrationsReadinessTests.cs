using Lettings.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Lettings.Tests.Data;

/// <summary>
/// <c>/health</c> (readiness) is Unhealthy while the schema is missing or a migration of this build is not
/// applied, and Healthy once <c>migrate</c> has run; <c>/alive</c> stays Healthy throughout. Probing an
/// unmigrated database logs no failed read of the migrations history.
/// </summary>
public abstract class MigrationsReadinessTests(TestDatabase database) : IAsyncLifetime
{
    protected TestDatabase Database { get; } = database;

    protected abstract LettingsDbContext CreateContext();

    [Fact]
    public async Task Health_is_Unhealthy_until_every_migration_is_applied()
    {
        var environment = WebProcess.EnvironmentFor(Database);
        environment["Database__MigrateOnStartup"] = "false";
        await using var server = await ServerProcess.StartAsync(environment);
        using var client = server.CreateClient();

        await AssertProbeAsync(client, "/health", HttpStatusCode.ServiceUnavailable, "Unhealthy");
        await AssertProbeAsync(client, "/alive", HttpStatusCode.OK, "Healthy");

        await using (var db = CreateContext())
        {
            var first = db.Database.GetMigrations().First();
            await db.GetService<IMigrator>().MigrateAsync(first);
        }

        await AssertProbeAsync(client, "/health", HttpStatusCode.ServiceUnavailable, "Unhealthy");

        var migrate = await WebProcess.RunAsync(WebProcess.EnvironmentFor(Database), null, "migrate");
        Assert.True(migrate.ExitCode == 0, migrate.ToString());

        await AssertProbeAsync(client, "/health", HttpStatusCode.OK, "Healthy");
        Assert.DoesNotContain(
            server.Output.Split('\n'),
            line => line.Contains("Failed executing DbCommand", StringComparison.Ordinal) && line.Contains(HistoryRepository.DefaultTableName, StringComparison.Ordinal));
    }

    private static async Task AssertProbeAsync(HttpClient client, string path, HttpStatusCode status, string body)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }

    public Task InitializeAsync() => Database.InitializeAsync();

    public async Task DisposeAsync() => await Database.DisposeAsync();
}

public sealed class MigrationsReadinessOnSqlite() : MigrationsReadinessTests(new SqliteTestDatabase())
{
    protected override LettingsDbContext CreateContext() => new SqliteLettingsDbContext(
        new DbContextOptionsBuilder<SqliteLettingsDbContext>().UseSqlite($"Data Source={((SqliteTestDatabase)Database).FilePath}").Options);
}

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class MigrationsReadinessOnPostgres() : MigrationsReadinessTests(new PostgresTestDatabase())
{
    protected override LettingsDbContext CreateContext() => new PostgresLettingsDbContext(
        new DbContextOptionsBuilder<PostgresLettingsDbContext>().UseNpgsql(((PostgresTestDatabase)Database).ConnectionString).Options);
}
