using Lettings.Web.Commands;
using Lettings.Web.Data;
using Npgsql;

namespace Lettings.Tests.Commands;

/// <summary>
/// <c>dotnet Lettings.Web.dll migrate</c>, Heroku's release-phase command, run as a real process on an
/// empty PostgreSQL database: it creates the schema, seeds, exits 0, and a second run changes nothing.
/// </summary>
[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class MigrateCommandTests : IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new();

    [Fact]
    public async Task Migrate_creates_the_schema_and_seeds_then_changes_nothing_when_run_again()
    {
        var environment = WebProcess.EnvironmentFor(_database);

        var first = await WebProcess.RunAsync(environment, null, "migrate");
        Assert.True(first.ExitCode == 0, first.ToString());
        var afterFirst = await SnapshotAsync();
        Assert.Equal((6, 6, 4, 4, MigrationCount()), afterFirst);

        var second = await WebProcess.RunAsync(environment, null, "migrate");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(afterFirst, await SnapshotAsync());
        Assert.Contains("up to date", second.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_release_then_a_web_start_on_an_empty_database_report_no_error()
    {
        var environment = WebProcess.EnvironmentFor(_database);

        var release = await WebProcess.RunAsync(environment, null, "migrate");
        Assert.True(release.ExitCode == 0, release.ToString());
        AssertQuiet(release.Output + release.Error);

        await using var server = await ServerProcess.StartAsync(environment);
        using var client = server.CreateClient();
        foreach (var path in new[] { "/", "/lettings/", "/lettings/1/", "/profiles/", "/health" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        }

        var (_, exitCode) = await server.TerminateAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, exitCode);
        AssertQuiet(server.Output);
    }

    // What an operator reads in Heroku's release output and logs: nothing that looks like a failure.
    private static void AssertQuiet(string output)
    {
        Assert.DoesNotMatch(@"(?m)(fail|crit):", output);
        Assert.DoesNotContain("libgssapi", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_does_not_start_the_web_server_and_reports_an_unknown_command()
    {
        var unknown = await WebProcess.RunAsync(WebProcess.EnvironmentFor(_database), null, "migrat");

        Assert.Equal(CommandRunner.WrongUsage, unknown.ExitCode);
        Assert.Contains("Unknown command 'migrat'", unknown.Output + unknown.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", unknown.Output, StringComparison.Ordinal);
    }

    private async Task<(long Addresses, long Lettings, long Users, long Profiles, long Migrations)> SnapshotAsync()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        async Task<long> Count(string table)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        return (await Count("Addresses"), await Count("Lettings"), await Count("AspNetUsers"), await Count("Profiles"), await Count("__EFMigrationsHistory"));
    }

    // Every migration the PostgreSQL context ships is applied (read from the model, so a new migration needs no edit here).
    private long MigrationCount()
    {
        using var db = new PostgresLettingsDbContext(
            new DbContextOptionsBuilder<PostgresLettingsDbContext>().UseNpgsql(_database.ConnectionString).Options);
        return db.Database.GetMigrations().LongCount();
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
