using Lettings.Web.Commands;
using Microsoft.Data.Sqlite;

namespace Lettings.Tests.Transfer;

/// <summary>
/// <c>import-django</c> refuses, as a real process with exit code 1 and a message naming what is wrong, a database
/// that already holds records, rows that break the site's rules, and files that are not the original's database;
/// it writes nothing at all.
/// </summary>
public abstract class DjangoImportRefusalTests(LettingsApp emptyApp)
{
    [Theory]
    [InlineData("UPDATE lettings_Address SET state = 'GAX' WHERE id = 3", "lettings_Address id 3: The state must be exactly 2 letters.")]
    [InlineData("UPDATE lettings_Address SET zip_code = 0 WHERE id = 4", "lettings_Address id 4: The field Zip code must be between 1 and 99999.")]
    [InlineData("DELETE FROM lettings_Address WHERE id = 2", "lettings_letting id 2: Its address 2 does not exist: a letting needs an address.")]
    [InlineData("UPDATE auth_user SET username = 'davwin' WHERE id = 5", "auth_user id 5: The username 'davwin' is already used by user 4 (usernames are unique ignoring case).")]
    [InlineData("UPDATE lettings_Address SET number = 'seven' WHERE id = 1", "lettings_Address id 1: number should be a whole number but is 'seven'.")]
    [InlineData("UPDATE profiles_Profile SET user_id = 99 WHERE id = 2", "profiles_Profile id 2: Its user 99 does not exist: a profile needs an account.")]
    public async Task A_row_breaking_a_rule_is_refused_naming_its_table_id_and_rule(string change, string problem)
    {
        using var source = DjangoDatabaseFile.CopyWith(change);

        var result = await ImportAsync(emptyApp.Database, source.Path);

        await AssertRefusedAsync(result, problem);
    }

    [Fact]
    public async Task Every_broken_row_is_listed_in_one_run()
    {
        using var source = DjangoDatabaseFile.CopyWith(
            "UPDATE lettings_Address SET state = 'G' WHERE id = 1",
            "UPDATE lettings_letting SET title = '' WHERE id = 5",
            "UPDATE auth_user SET email = 'not-an-address' WHERE id = 3");

        var result = await ImportAsync(emptyApp.Database, source.Path);

        Assert.Equal(CommandRunner.Refused, result.ExitCode);
        Assert.Contains("3 record(s) break the site's rules", result.Error, StringComparison.Ordinal);
        Assert.Contains("lettings_Address id 1:", result.Error, StringComparison.Ordinal);
        Assert.Contains("lettings_letting id 5: The Title field is required.", result.Error, StringComparison.Ordinal);
        Assert.Contains("auth_user id 3: The email address 'not-an-address' is not valid.", result.Error, StringComparison.Ordinal);
        await AssertEmptyAsync();
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused()
    {
        using var source = DjangoDatabaseFile.Other(path => File.WriteAllText(path, "lettings,addresses\n1,2\n"));

        var result = await ImportAsync(emptyApp.Database, source.Path);

        await AssertRefusedAsync(result, "is not a SQLite database");
    }

    [Fact]
    public async Task A_database_of_another_site_is_refused_naming_what_it_lacks()
    {
        using var source = DjangoDatabaseFile.Other(path =>
        {
            using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE auth_user (id INTEGER PRIMARY KEY, username TEXT); CREATE TABLE blog_post (id INTEGER PRIMARY KEY)";
            command.ExecuteNonQuery();
        });

        var result = await ImportAsync(emptyApp.Database, source.Path);

        await AssertRefusedAsync(result, "is not a database of the original Orange County Lettings Django site: it has no table lettings_address");
    }

    [Fact]
    public async Task A_missing_file_is_refused_and_a_missing_path_is_wrong_usage()
    {
        var missing = await ImportAsync(emptyApp.Database, Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.sqlite3"));
        var noPath = await WebProcess.RunAsync(WebProcess.EnvironmentFor(emptyApp.Database), null, ImportDjangoCommand.CommandName);

        Assert.Equal(CommandRunner.Refused, missing.ExitCode);
        Assert.Contains("There is no file", missing.Error, StringComparison.Ordinal);
        Assert.Equal(CommandRunner.WrongUsage, noPath.ExitCode);
        Assert.Contains("Missing PATH.", noPath.Error, StringComparison.Ordinal);
        await AssertEmptyAsync();
    }

    [Fact]
    public async Task A_database_that_holds_records_is_refused_and_left_as_it_was()
    {
        var seeded = NewDatabase();
        var file = Path.Combine(Path.GetTempPath(), $"seeded-{Guid.NewGuid():N}.json");
        try
        {
            await seeded.InitializeAsync();
            var migrate = await WebProcess.RunAsync(WebProcess.EnvironmentFor(seeded), null, MigrateCommand.CommandName);
            Assert.True(migrate.ExitCode == 0, migrate.ToString());

            var result = await ImportAsync(seeded, DjangoDatabaseFile.Original);

            Assert.Equal(CommandRunner.Refused, result.ExitCode);
            Assert.Contains("already holds records (6 addresses, 6 lettings, 4 user accounts, 4 profiles)", result.Error, StringComparison.Ordinal);
            Assert.Contains("Nothing was imported.", result.Error, StringComparison.Ordinal);
            var export = await WebProcess.RunAsync(WebProcess.EnvironmentFor(seeded), null, ExportCommand.CommandName, file);
            Assert.True(export.ExitCode == 0, export.ToString());
            var counts = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(file))!["counts"]!.ToJsonString();
            Assert.Equal("""{"addresses":6,"lettings":6,"roles":0,"users":4,"profiles":4,"adminActions":0}""", counts);
        }
        finally
        {
            File.Delete(file);
            await seeded.DisposeAsync();
        }
    }

    /// <summary>A new database of the same provider, for a test that needs one of its own.</summary>
    protected abstract TestDatabase NewDatabase();

    private static Task<CommandResult> ImportAsync(TestDatabase database, string path) =>
        WebProcess.RunAsync(WebProcess.EnvironmentFor(database), null, ImportDjangoCommand.CommandName, path);

    // Exit code 1, the reason on standard error, and not a single record written.
    private async Task AssertRefusedAsync(CommandResult result, string reason)
    {
        Assert.Equal(CommandRunner.Refused, result.ExitCode);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", result.Error, StringComparison.OrdinalIgnoreCase);
        await AssertEmptyAsync();
    }

    private async Task AssertEmptyAsync()
    {
        var counts = await emptyApp.WithDbAsync(async db => new[]
        {
            await db.Addresses.CountAsync(), await db.Lettings.CountAsync(), await db.Users.CountAsync(), await db.Roles.CountAsync(),
            await db.Profiles.CountAsync(), await db.AdminActions.CountAsync(),
        });
        Assert.All(counts, count => Assert.Equal(0, count));
    }
}

public sealed class DjangoImportRefusalOnSqlite(EmptySqliteApp app) : DjangoImportRefusalTests(app), IClassFixture<EmptySqliteApp>
{
    protected override TestDatabase NewDatabase() => new SqliteTestDatabase();
}

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class DjangoImportRefusalOnPostgres(EmptyPostgresApp app) : DjangoImportRefusalTests(app), IClassFixture<EmptyPostgresApp>
{
    protected override TestDatabase NewDatabase() => new PostgresTestDatabase();
}
