namespace Lettings.Tests.Browser;

/// <summary>What the browser measures about a page's layout.</summary>
public static class Layout
{
    /// <summary>Fails when the page is wider than the viewport (a phone would scroll sideways).</summary>
    public static async Task AssertNoHorizontalOverflowAsync(this BrowserSession session)
    {
        var widths = await session.Page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(
            widths[0] <= widths[1],
            $"{session.Page.Url} is {widths[0]} px wide in a {widths[1]} px viewport: it scrolls sideways.");
    }
}
