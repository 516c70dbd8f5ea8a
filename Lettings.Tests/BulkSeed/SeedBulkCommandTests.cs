using Lettings.Web.Data;
using Microsoft.Data.Sqlite;

namespace Lettings.Tests.BulkSeed;

/// <summary>
/// <c>dotnet Lettings.Web.dll seed-bulk</c> as a real process: it adds made-up lettings and profiles on top of the original
/// data, and refuses a database that holds anything else unless told <c>--force</c>.
/// </summary>
public abstract class SeedBulkCommandTests : IAsyncLifetime
{
    /// <summary>A fresh database per test (xunit makes a new instance of the class for each).</summary>
    protected abstract TestDatabase Database { get; }

    [Fact]
    public async Task Adds_lettings_with_their_addresses_and_profiles_with_their_accounts_to_the_original_data()
    {
        var run = await RunAsync("seed-bulk", "--lettings", "30", "--profiles", "20");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal((36, 36, 24, 24), await CountsAsync());
        await using var db = Context();
        Assert.Equal(0, await db.Users.CountAsync(u => u.PasswordHash != null));
        Assert.Equal(36, await db.Lettings.Select(l => l.AddressId).Distinct().CountAsync());
        Assert.Equal(24, await db.Profiles.Select(p => p.UserId).Distinct().CountAsync());
    }

    [Fact]
    public async Task Refuses_a_database_holding_more_than_the_original_data_unless_forced()
    {
        Assert.Equal(0, (await RunAsync("seed-bulk", "--lettings", "5", "--profiles", "5")).ExitCode);
        var before = await CountsAsync();

        var refused = await RunAsync("seed-bulk", "--lettings", "5", "--profiles", "5");

        Assert.True(refused.ExitCode == 1, refused.ToString());
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());

        var forced = await RunAsync("seed-bulk", "--lettings", "5", "--profiles", "5", "--force");

        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal((before.Addresses + 5, before.Lettings + 5, before.Users + 5, before.Profiles + 5), await CountsAsync());
    }

    [Fact]
    public async Task New_records_after_a_bulk_seed_get_the_next_ids()
    {
        Assert.Equal(0, (await RunAsync("seed-bulk", "--lettings", "10", "--profiles", "0")).ExitCode);

        await using var db = Context();
        var letting = new Web.Lettings.Letting
        {
            Title = "After the bulk",
            Address = new Web.Lettings.Address { Number = 1, Street = "Next Street", City = "Irvine", State = "CA", ZipCode = 92602, CountryIsoCode = "USA" },
        };
        db.Add(letting);
        await db.SaveChangesAsync();

        Assert.Equal(17, letting.Id);
    }

    [Fact]
    public async Task Wrong_usage_is_refused_with_the_usage()
    {
        var run = await RunAsync("seed-bulk", "--lettings", "many");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal((6, 6, 4, 4), await CountsAsync());
    }

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        var migrate = await RunAsync("migrate");
        Assert.True(migrate.ExitCode == 0, migrate.ToString());
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    protected abstract LettingsDbContext Context();

    private Task<CommandResult> RunAsync(params string[] args) => WebProcess.RunAsync(WebProcess.EnvironmentFor(Database), null, args);

    private async Task<(int Addresses, int Lettings, int Users, int Profiles)> CountsAsync()
    {
        await using var db = Context();
        return (await db.Addresses.CountAsync(), await db.Lettings.CountAsync(), await db.Users.CountAsync(), await db.Profiles.CountAsync());
    }
}

public sealed class SeedBulkCommandOnSqlite : SeedBulkCommandTests
{
    private readonly SqliteTestDatabase _database = new();

    protected override TestDatabase Database => _database;

    protected override LettingsDbContext Context() => new SqliteLettingsDbContext(
        new DbContextOptionsBuilder<SqliteLettingsDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = _database.FilePath, Pooling = false }.ConnectionString).Options);
}

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class SeedBulkCommandOnPostgres : SeedBulkCommandTests
{
    private readonly PostgresTestDatabase _database = new();

    protected override TestDatabase Database => _database;

    protected override LettingsDbContext Context() => new PostgresLettingsDbContext(
        new DbContextOptionsBuilder<PostgresLettingsDbContext>().UseNpgsql(_database.ConnectionString).Options);
}
