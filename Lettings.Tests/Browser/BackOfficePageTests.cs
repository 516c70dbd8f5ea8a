using Microsoft.Playwright;

namespace Lettings.Tests.Browser;

/// <summary>
/// Every back-office page, signed in as staff: the accessibility basics, and on a desktop and a phone,
/// photographed with nothing wider than the screen.
/// </summary>
public sealed class BackOfficePageTests(ChromiumBrowser chromium, BackOfficeApp app)
    : BrowserTest(chromium, app), IClassFixture<BackOfficeApp>
{
    [Theory]
    [MemberData(nameof(BackOfficePages.Names), MemberType = typeof(BackOfficePages))]
    public async Task A_back_office_page_meets_the_accessibility_basics(string pageName)
    {
        var staff = await OpenAtAsync(BackOfficePages.Named(pageName), Viewports.Desktop);

        await staff.AssertAccessibleAsync();
        staff.AssertNothingWentWrong();
    }

    [Theory]
    [MemberData(nameof(BackOfficePages.NamesOnEveryViewport), MemberType = typeof(BackOfficePages))]
    public async Task A_back_office_page_fits_the_screen_and_is_photographed(string pageName, string viewport)
    {
        var page = BackOfficePages.Named(pageName);
        var staff = await OpenAtAsync(page, Viewports.Named(viewport));

        await staff.AssertNoHorizontalOverflowAsync();
        await Screenshots.SaveAsync(staff.Page, $"{page.Name}-{viewport}");
        staff.AssertNothingWentWrong();
    }

    private async Task<BrowserSession> OpenAtAsync(SitePage page, ViewportSize viewport)
    {
        var state = page == BackOfficePages.Login ? null : await app.SignedInStateAsync(() => OpenSessionAsync());
        var staff = await OpenSessionAsync(viewport, state);
        await staff.OpenAsync(page.Path, page.Status);
        Assert.Equal(page.Path, new Uri(staff.Page.Url).PathAndQuery); // not sent back to the log-in page
        return staff;
    }
}
