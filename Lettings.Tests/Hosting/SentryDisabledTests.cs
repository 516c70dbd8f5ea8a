using Lettings.Web.Hosting;

namespace Lettings.Tests.Hosting;

/// <summary>Without <c>SENTRY_DSN</c> the site starts, serves, and has no Sentry at all.</summary>
[Collection(GlobalTelemetry.Name)]
public sealed class SentryDisabledTests(SentryDisabledTests.NoDsnApp app) : IClassFixture<SentryDisabledTests.NoDsnApp>
{
    [Fact]
    public async Task Without_a_DSN_the_site_runs_and_Sentry_is_not_even_registered()
    {
        using var client = app.CreateBrowserClient();
        using var response = await client.GetAsync(new Uri("/lettings/1/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(app.Services.GetService<IHub>());
        Assert.False(SentrySdk.IsEnabled);
        Assert.False(app.Services.GetRequiredService<SentrySettings>().Enabled);
        Assert.Contains(app.Logs.GetSnapshot(), log => log.Message.Contains("Sentry off", StringComparison.Ordinal));
    }

    public sealed class NoDsnApp() : LettingsApp(new SqliteTestDatabase())
    {
        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            [SentrySettings.DsnVariable] = "",
        };
    }
}
