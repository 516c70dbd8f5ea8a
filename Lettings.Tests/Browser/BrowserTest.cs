using Microsoft.Playwright;

namespace Lettings.Tests.Browser;

/// <summary>
/// The base of every browser test class: the site on a real Kestrel socket on its own fresh database (per
/// class), the shared Chromium, and a fresh browser context per test.
/// </summary>
[Collection(SharedChromium.Name)]
[Trait(TestRequirements.Trait, TestRequirements.Chromium)]
public abstract class BrowserTest(ChromiumBrowser chromium, KestrelApp app) : IAsyncLifetime
{
    private readonly List<BrowserSession> _sessions = [];

    protected KestrelApp App { get; } = app;

    /// <summary>A new, empty browser context on the site (its own cookies), closed after the test.</summary>
    /// <param name="viewport">The screen size; a desktop when not given.</param>
    /// <param name="state">Cookies and storage saved from another session (<see cref="BrowserSession.SaveStateAsync"/>).</param>
    protected async Task<BrowserSession> OpenSessionAsync(ViewportSize? viewport = null, string? state = null)
    {
        var session = await BrowserSession.OpenAsync(chromium.Browser, App.BaseAddress, viewport, state);
        _sessions.Add(session);
        return session;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var session in _sessions)
        {
            await session.DisposeAsync();
        }
    }
}
