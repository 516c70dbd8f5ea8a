using Microsoft.Extensions.Time.Testing;

namespace Lettings.Tests.Accounts;

/// <summary>
/// A session ends 12 hours after its sign-in however active it stays (BackOffice:SessionAbsoluteLifetime), besides the
/// 8-hour sliding idle timeout. The site's clock is a fake one here, moved on by the test.
/// </summary>
public sealed class SessionLifetimeTests(SessionLifetimeTests.FakeClockApp app) : IClassFixture<SessionLifetimeTests.FakeClockApp>
{
    [Fact]
    public async Task An_active_session_still_ends_at_its_absolute_lifetime()
    {
        var browser = await AdminBrowser.SignedInStaffAsync(app);

        // Used every few hours, so never idle for 8 hours: the idle timeout alone would keep it going.
        app.Clock.Advance(TimeSpan.FromHours(7));
        Assert.Equal("Back office", (await browser.GetAsync("/admin/")).Heading());
        app.Clock.Advance(TimeSpan.FromHours(4));
        Assert.Equal("Back office", (await browser.GetAsync("/admin/")).Heading());

        app.Clock.Advance(TimeSpan.FromHours(2));
        using var after = await browser.Client.GetAsync(new Uri("/admin/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/admin/login/", after.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task An_idle_session_ends_after_8_hours()
    {
        var browser = await AdminBrowser.SignedInStaffAsync(app);

        app.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
        using var after = await browser.Client.GetAsync(new Uri("/admin/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    public sealed class FakeClockApp() : LettingsApp(new SqliteTestDatabase())
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }
}
