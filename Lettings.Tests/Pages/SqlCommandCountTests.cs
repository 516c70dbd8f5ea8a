namespace Lettings.Tests.Pages;

/// <summary>
/// Each public page runs a small, fixed number of SQL commands however many records it shows (no N+1), and none at
/// all once it is in the output cache.
/// </summary>
public abstract class SqlCommandCountTests(InstrumentedApp app)
{
    private readonly HttpClient _client = app.CreateBrowserClient();

    [Theory]
    [InlineData("/", 0)]
    [InlineData("/privacy/", 0)]
    [InlineData("/terms/", 0)]
    [InlineData("/lettings/", 1)]
    [InlineData("/lettings/?page=2", 1)]
    [InlineData("/lettings/1/", 1)]
    [InlineData("/lettings/60/", 1)]
    [InlineData("/profiles/", 1)]
    [InlineData("/profiles/?page=2", 1)]
    [InlineData("/profiles/HeadlinesGazer/", 1)]
    [InlineData("/robots.txt", 0)]
    [InlineData("/sitemap.xml", 4)]
    public async Task A_page_runs_a_fixed_number_of_commands_then_none_from_the_cache(string url, int commands)
    {
        app.Sql.Clear();
        using (var first = await _client.GetAsync(url))
        {
            Assert.Equal(200, (int)first.StatusCode);
        }

        Assert.Equal(commands, app.Sql.Commands.Count);

        app.Sql.Clear();
        using (var again = await _client.GetAsync(url))
        {
            Assert.Equal(200, (int)again.StatusCode);
        }

        Assert.Empty(app.Sql.Commands);
    }

    [Fact]
    public async Task A_missing_letting_costs_one_command_and_is_not_cached()
    {
        for (var i = 0; i < 2; i++)
        {
            app.Sql.Clear();
            using var response = await _client.GetAsync("/lettings/999999/");
            Assert.Equal(404, (int)response.StatusCode);
            Assert.Single(app.Sql.Commands);
        }
    }
}

public sealed class SqlCommandCountsOnSqlite(PagedSqliteApp app) : SqlCommandCountTests(app), IClassFixture<PagedSqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class SqlCommandCountsOnPostgres(PagedPostgresApp app) : SqlCommandCountTests(app), IClassFixture<PagedPostgresApp>;
