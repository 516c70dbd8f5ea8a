using Lettings.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lettings.Tests.ServiceDefaults;

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
                $"Host=127.0.0.1;Port={LoopbackPort.Free()};Database=lettings;Username=lettings;Timeout=5");
            builder.UseSetting("Database:MigrateOnStartup", "false");
        }
    }
}
