namespace Lettings.Tests.Browser;

/// <summary>The accessibility basics on every public page and on the 404 page.</summary>
public sealed class PublicPageAccessibilityTests(ChromiumBrowser chromium, SqliteKestrelApp app)
    : BrowserTest(chromium, app), IClassFixture<SqliteKestrelApp>
{
    [Theory]
    [MemberData(nameof(PublicPages.Names), MemberType = typeof(PublicPages))]
    public async Task A_public_page_meets_the_accessibility_basics(string pageName)
    {
        var page = PublicPages.Named(pageName);
        var visitor = await OpenSessionAsync();
        await visitor.OpenAsync(page.Path, page.Status);

        await visitor.AssertAccessibleAsync();
        visitor.AssertNothingWentWrong();
    }
}
