using System.Net;
using System.Net.Sockets;
using Lettings.Tests.Infrastructure;
using Lettings.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

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

public sealed class SqliteHealthEndpointTests(SqliteApp app) : HealthEndpointTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class PostgresHealthEndpointTests(PostgresApp app) : HealthEndpointTests(app), IClassFixture<PostgresApp>;

/// <summary>The database cannot be reached (a closed port): the process is alive but not ready.</summary>
public sealed class UnreachableDatabaseHealthTests(UnreachableDatabaseHealthTests.UnreachableDatabaseApp app)
    : IClassFixture<UnreachableDatabaseHealthTests.UnreachableDatabaseApp>
{
    private readonly HttpClient _client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Alive_is_200_while_the_database_is_down()
    {
        using var response = await _client.GetAsync(new Uri("/alive", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_is_503_Unhealthy_without_details_while_the_database_is_down()
    {
        using var response = await _client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    /// <summary>The site pointed at PostgreSQL on a port nothing listens on, not migrating at start.</summary>
    public sealed class UnreachableDatabaseApp : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting($"ConnectionStrings:{DatabaseChoice.ConnectionName}",
                $"Host=127.0.0.1;Port={ClosedPort()};Database=lettings;Username=lettings;Timeout=5");
            builder.UseSetting("Database:MigrateOnStartup", "false");
        }

        private static int ClosedPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }
    }
}
