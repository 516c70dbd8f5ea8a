namespace Lettings.Tests.Browser;

/// <summary>Every public page on a desktop and a phone: photographed, nothing wider than the screen, nothing broken.</summary>
public sealed class PublicPageScreenshotTests(ChromiumBrowser chromium, SqliteKestrelApp app)
    : BrowserTest(chromium, app), IClassFixture<SqliteKestrelApp>
{
    [Theory]
    [MemberData(nameof(PublicPages.NamesOnEveryViewport), MemberType = typeof(PublicPages))]
    public async Task A_public_page_fits_the_screen_and_is_photographed(string pageName, string viewport)
    {
        var page = PublicPages.Named(pageName);
        var visitor = await OpenSessionAsync(Viewports.Named(viewport));
        await visitor.OpenAsync(page.Path, page.Status);

        await visitor.AssertNoHorizontalOverflowAsync();
        await Screenshots.SaveAsync(visitor.Page, $"{page.Name}-{viewport}");
        visitor.AssertNothingWentWrong();
    }
}
