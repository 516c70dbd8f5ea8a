namespace Lettings.Tests.ServiceDefaults;

/// <summary><c>/alive</c> and <c>/health</c>: status only, in production, on both providers.</summary>
public abstract class HealthEndpointTests(LettingsApp app)
{
    private readonly HttpClient _client = app.CreateBrowserClient();

    [Theory]
    [InlineData("/alive")]
    [InlineData("/health")]
    public async Task Probe_answers_200_Healthy_with_nothing_else_and_no_redirect(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class HealthEndpointOnSqlite(SqliteApp app) : HealthEndpointTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class HealthEndpointOnPostgres(PostgresApp app) : HealthEndpointTests(app), IClassFixture<PostgresApp>;
