using Microsoft.Playwright;

namespace Lettings.Tests.Browser;

/// <summary>
/// A fresh browser context on the site (no cookies, no cache) with one page, watching everything the browser
/// does: requests to any other host are blocked and recorded, and so are console errors, page errors and
/// failed requests. <see cref="AssertNothingWentWrong"/> fails the test on any of them.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _outsideRequests = [];
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _failedRequests = [];
    private readonly List<string> _expectedErrorDocuments = [];

    private BrowserSession(IBrowserContext context, IPage page, Uri origin)
    {
        _context = context;
        Page = page;
        Origin = origin;
    }

    public IPage Page { get; }

    /// <summary>The site's own origin, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Origin { get; }

    /// <summary>Every URL the browser asked for, in order.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>The cookies and storage of this session, to open another one already signed in.</summary>
    public Task<string> SaveStateAsync() => _context.StorageStateAsync();

    public static async Task<BrowserSession> OpenAsync(IBrowser browser, Uri origin, ViewportSize? viewport = null, string? state = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = origin.ToString(),
            StorageState = state,
            ViewportSize = viewport ?? Viewports.Desktop,
            Locale = "en-GB",
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        var session = new BrowserSession(context, await context.NewPageAsync(), origin);
        await session.WatchAsync();
        return session;
    }

    /// <summary>Says that a page the test opens on purpose answers with an error status (the 404 page).</summary>
    public void ExpectErrorDocument(string path) => _expectedErrorDocuments.Add(new Uri(Origin, path).ToString());

    public void AssertNothingWentWrong()
    {
        Assert.True(_outsideRequests.Count == 0, "Requests left the site's origin:\n" + string.Join('\n', _outsideRequests));
        Assert.True(_consoleErrors.Count == 0, "The browser reported errors:\n" + string.Join('\n', _consoleErrors));
        Assert.True(_failedRequests.Count == 0, "Requests failed:\n" + string.Join('\n', _failedRequests));
    }

    private async Task WatchAsync()
    {
        await _context.RouteAsync(url => !IsOwnOrigin(url), async route =>
        {
            lock (_outsideRequests)
            {
                _outsideRequests.Add(route.Request.Url);
            }

            await route.AbortAsync("blockedbyclient");
        });

        _context.Request += (_, request) => Record(Requests, request.Url);
        _context.RequestFailed += (_, request) =>
            Record(_failedRequests, $"{request.Method} {request.Url}: {request.Failure}");
        _context.Response += (_, response) =>
        {
            if (response.Status >= 400 && !_expectedErrorDocuments.Contains(response.Url))
            {
                Record(_failedRequests, $"{response.Request.Method} {response.Url}: {response.Status}");
            }
        };
        Page.Console += (_, message) =>
        {
            if (message.Type == "error" && !IsExpectedErrorDocumentReport(message))
            {
                Record(_consoleErrors, $"{message.Location}: {message.Text}");
            }
        };
        Page.PageError += (_, error) => Record(_consoleErrors, $"uncaught: {error}");
    }

    // Chromium logs "Failed to load resource" for a document that answers 404, even when that is the point.
    private bool IsExpectedErrorDocumentReport(IConsoleMessage message) =>
        message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
        && _expectedErrorDocuments.Any(url => message.Location.StartsWith(url, StringComparison.Ordinal));

    private bool IsOwnOrigin(string url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri)
        || uri.Scheme is "data" or "blob" or "about"
        || (uri.Scheme == Origin.Scheme && uri.Authority == Origin.Authority);

    private static void Record(List<string> list, string entry)
    {
        lock (list)
        {
            list.Add(entry);
        }
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
