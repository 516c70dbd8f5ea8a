using Lettings.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Lettings.Tests.Infrastructure;

/// <summary>
/// The site in memory, on its own fresh database, in the Production environment (so error pages and
/// start-up behave as deployed), migrated and seeded on start. Logs are captured for assertions.
/// </summary>
public class LettingsApp(TestDatabase database, bool seed = true) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public TestDatabase Database { get; } = database;

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    /// <summary>Extra settings a derived fixture or test needs.</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected virtual string EnvironmentName => "Production";

    /// <summary>
    /// Every test's requests come from one address, many sign-ins a minute: the rate limits are raised out of their way.
    /// The rate-limiting tests set their own in <see cref="ExtraSettings"/>, which win.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> RelaxedRateLimits { get; } = new Dictionary<string, string?>
    {
        ["RateLimiting:PerClient:PermitLimit"] = "1000000",
        ["RateLimiting:SignInPerClient:PermitLimit"] = "1000000",
        ["RateLimiting:SignInPerUsername:PermitLimit"] = "1000000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in RelaxedRateLimits.Concat(Database.Settings).Concat(ExtraSettings))
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:Seed", seed ? "true" : "false");
        builder.ConfigureLogging(logging => logging.AddFakeLogging());
        builder.ConfigureTestServices(ConfigureServices);
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>A client that does not follow redirects, so tests see the 301s themselves.</summary>
    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A scope to read or change the database the app uses.</summary>
    public async Task<T> WithDbAsync<T>(Func<LettingsDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<LettingsDbContext>());
    }

    /// <summary>Makes the database, then starts the app, which migrates and seeds it.</summary>
    public virtual async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        StartServer();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Database.DisposeAsync();
    }
}
