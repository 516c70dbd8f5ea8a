namespace Lettings.Tests.Data;

/// <summary>
/// On Heroku (<c>DYNO</c> is set) or with <c>Database:RequirePostgres=true</c>, a missing <c>DATABASE_URL</c> (a
/// detached or renamed add-on) stops the site and the release phase's <c>migrate</c> with a message naming it, rather
/// than giving every dyno a throw-away SQLite file. Elsewhere (<c>docker run</c> on a laptop) SQLite still serves.
/// </summary>
public sealed class RequirePostgresTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public static TheoryData<string, string, string[]> Refusals => new()
    {
        { "DYNO", "web.1", [] },
        { "DYNO", "release.4321", ["migrate"] },
        { "Database__RequirePostgres", "true", [] },
        { "Database__RequirePostgres", "true", ["migrate"] },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Without_DATABASE_URL_the_site_and_migrate_refuse_to_start(string variable, string value, string[] args)
    {
        var environment = WebProcess.EnvironmentFor(_database);
        environment[variable] = value;
        environment["PORT"] = LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = await WebProcess.RunAsync(environment, null, args);

        Assert.True(result.ExitCode != 0, result.ToString());
        Assert.Contains("PostgreSQL is required", result.Output + result.Error, StringComparison.Ordinal);
        Assert.Contains("DATABASE_URL is not set", result.Output + result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_database.FilePath), "a SQLite file was created");
    }

    [Fact]
    public async Task Without_either_the_embedded_database_is_used()
    {
        var result = await WebProcess.RunAsync(WebProcess.EnvironmentFor(_database), null, "migrate");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(_database.FilePath));
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
