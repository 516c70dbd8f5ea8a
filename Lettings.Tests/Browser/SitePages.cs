using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lettings.Tests.Browser;

/// <summary>What a person does on the site's pages, in their words: open a page, click a link, see a heading.</summary>
public static class SitePages
{
    /// <summary>Types the address into the browser; a page expected to answer with an error is not counted as a failure.</summary>
    public static async Task OpenAsync(this BrowserSession session, string path, int expectedStatus = 200)
    {
        if (expectedStatus >= 400)
        {
            session.ExpectErrorDocument(path);
        }

        var response = await session.Page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.Equal(expectedStatus, response.Status);
    }

    /// <summary>Clicks the visible link (or button-styled link) with exactly this name in one part of the page.</summary>
    public static async Task ClickLinkAsync(this BrowserSession session, string name, PagePart part = PagePart.Main)
    {
        var link = session.Page.Locator(Selector(part)).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        await Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();
        await session.Page.WaitForLoadStateAsync(LoadState.Load);
    }

    /// <summary>Clicks a button (a form's submit button) with exactly this name.</summary>
    public static async Task ClickButtonAsync(this BrowserSession session, string name)
    {
        var button = session.Page.Locator("main").GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
        await Expect(button).ToBeVisibleAsync();
        await button.ClickAsync();
        await session.Page.WaitForLoadStateAsync(LoadState.Load); // the next step must not cut this page's loading short
    }

    /// <summary>Asserts the browser is on this path of the site and the page's one heading says this.</summary>
    public static async Task ExpectPageAsync(this BrowserSession session, string path, string heading)
    {
        await Expect(session.Page).ToHaveURLAsync(new Uri(session.Origin, path).ToString());
        await Expect(session.Page.Locator("h1")).ToHaveTextAsync(heading);
    }

    private static string Selector(PagePart part) => part switch
    {
        PagePart.Header => "header",
        PagePart.Main => "main",
        PagePart.Footer => "footer",
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };
}
