namespace Lettings.Tests.Browser;

/// <summary>Walks the page with the Tab key, as a keyboard user does, and checks that each stop shows where focus is.</summary>
public static class KeyboardFocus
{
    private const string FocusableSelector =
        "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select, textarea, [tabindex]:not([tabindex='-1'])";

    private const string DescribeFocus = """
        () => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            const shadow = style.boxShadow !== 'none';
            const name = (el.getAttribute('aria-label') || el.textContent.trim() || el.querySelector('img')?.alt || el.name || '').slice(0, 60);
            return { element: el.tagName.toLowerCase() + ' "' + name + '"', visible: outline || shadow };
        }
        """;

    public static async Task AssertFocusIsVisibleAsync(this BrowserSession session)
    {
        var page = session.Page;
        var stops = await page.Locator(FocusableSelector).CountAsync();
        Assert.True(stops > 0, $"{page.Url} has nothing to reach with the keyboard.");

        var seen = new List<string>();
        for (var i = 0; i < stops; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<FocusStop?>(DescribeFocus);
            if (focus is null)
            {
                break;
            }

            Assert.True(focus.Visible, $"On {page.Url}, keyboard focus on {focus.Element} is invisible (no outline, no shadow).");
            seen.Add(focus.Element);
        }

        Assert.True(seen.Count > 0, $"On {page.Url}, the Tab key reached nothing.");
    }

    // Playwright fills the result of a script in through a parameterless constructor and setters.
    private sealed class FocusStop
    {
        public string Element { get; set; } = "";

        public bool Visible { get; set; }
    }
}
