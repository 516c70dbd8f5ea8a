namespace Lettings.Tests.Hosting;

/// <summary>
/// Heroku's path end to end, as processes: the release phase (<c>migrate</c>) on an empty and then an up-to-date
/// database reached through a <c>postgres://</c> <c>DATABASE_URL</c>, then the web process reading it. Without
/// <c>?sslmode=</c> in the URL the site's connections are encrypted (Heroku Postgres requires TLS); the URL's
/// own <c>sslmode</c> is honoured.
/// </summary>
[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class HerokuDatabaseUrlTests
{
    [Theory]
    [InlineData("", true)]
    [InlineData("?sslmode=disable", false)]
    public async Task Release_phase_then_web_dyno_on_DATABASE_URL_use_TLS_unless_the_URL_says_otherwise(string query, bool encrypted)
    {
        await using var database = await HerokuDatabase.CreateAsync();
        var environment = new Dictionary<string, string?> { ["DATABASE_URL"] = database.Url(query) };

        var empty = await WebProcess.RunAsync(environment, null, "migrate");
        Assert.True(empty.ExitCode == 0, empty.ToString());
        var upToDate = await WebProcess.RunAsync(environment, null, "migrate");
        Assert.True(upToDate.ExitCode == 0, upToDate.ToString());
        Assert.Contains("up to date", upToDate.Output, StringComparison.OrdinalIgnoreCase);

        await database.ExecuteAsync("UPDATE \"Lettings\" SET \"Title\" = 'Read from PostgreSQL' WHERE \"Id\" = 1");
        await using var server = await ServerProcess.StartAsync(environment);
        using var client = server.CreateClient();
        Assert.Equal("Read from PostgreSQL", (await client.GetDocumentAsync("/lettings/1/")).Heading());

        var connections = await database.SiteConnectionsUseTlsAsync();
        Assert.NotEmpty(connections);
        Assert.All(connections, tls => Assert.Equal(encrypted, tls));
        Assert.DoesNotContain(database.Url(), server.Output, StringComparison.Ordinal);
    }
}
