using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Lettings.Tests.Browser;

/// <summary>
/// The accessibility basics, checked in the browser on the page a session shows: axe-core's WCAG 2.1 A/AA and
/// best-practice rules (names of links, buttons and fields, alt texts, colour contrast of the text...), plus one
/// h1, a language, and a visible focus on every stop of the keyboard's path.
/// </summary>
public static class Accessibility
{
    private static readonly AxeRunOptions s_rules = new()
    {
        RunOnly = RunOnlyOptions.Tags("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"),
        ResultTypes = [ResultType.Violations], // every node only for violations: the rest need not cross the wire
    };

    public static async Task AssertAccessibleAsync(this BrowserSession session)
    {
        var page = session.Page;
        var headings = await page.Locator("h1").CountAsync();
        Assert.True(headings == 1, $"{page.Url} has {headings} h1 headings instead of one.");
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("html").GetAttributeAsync("lang")), $"{page.Url}: <html> has no lang.");
        var images = await page.Locator("img:not([alt])").CountAsync();
        Assert.True(images == 0, $"{page.Url} has {images} images without alt text.");

        // The site has no frames: axe's single-page run does the whole job, where the default run finishes
        // in a second, blank browser page and takes several times longer.
#pragma warning disable CS0618 // "legacy" mode, kept by Deque for exactly this case
        var result = await page.RunAxeLegacy(options: s_rules);
#pragma warning restore CS0618
        Assert.True(result.Violations.Length == 0, $"axe-core on {page.Url}:\n{Describe(result.Violations)}");
        Assert.Contains(result.Passes, rule => rule.Id == "color-contrast");

        await session.AssertFocusIsVisibleAsync();
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join('\n', violations.Select(rule =>
            $"{rule.Id} ({rule.Impact}): {rule.Help}\n  "
            + string.Join("\n  ", rule.Nodes.Select(node => $"{node.Target}: {node.Html}"))));
}
