namespace Lettings.Tests.Pages;

/// <summary>An empty catalogue says so instead of showing an empty list.</summary>
public abstract class EmptyListTests(LettingsApp app)
{
    private readonly HttpClient _client = app.CreateBrowserClient();

    [Fact]
    public async Task Lettings_page_says_none_are_available()
    {
        var page = await _client.GetDocumentAsync("/lettings/");

        Assert.Equal("No lettings are available.", page.QuerySelector("main p")?.NormalizedText());
        Assert.Empty(page.QuerySelectorAll("main li"));
    }

    [Fact]
    public async Task Profiles_page_says_none_are_available()
    {
        var page = await _client.GetDocumentAsync("/profiles/");

        Assert.Equal("No profiles are available.", page.QuerySelector("main p")?.NormalizedText());
        Assert.Empty(page.QuerySelectorAll("main li"));
    }
}

public sealed class EmptyListOnSqlite(EmptySqliteApp app) : EmptyListTests(app), IClassFixture<EmptySqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class EmptyListOnPostgres(EmptyPostgresApp app) : EmptyListTests(app), IClassFixture<EmptyPostgresApp>;
