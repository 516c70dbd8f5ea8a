namespace Lettings.Tests.Browser;

/// <summary>A visitor goes round the public site by clicking what they see, as the original's users did.</summary>
public sealed class VisitorJourneyTests(ChromiumBrowser chromium, SqliteKestrelApp app)
    : BrowserTest(chromium, app), IClassFixture<SqliteKestrelApp>
{
    [Fact]
    public async Task A_visitor_browses_lettings_and_profiles_through_the_buttons()
    {
        var visitor = await OpenSessionAsync();

        await visitor.OpenAsync("/");
        await visitor.ExpectPageAsync("/", "Welcome to Summer Holiday Homes");

        await visitor.ClickLinkAsync("Lettings");
        await visitor.ExpectPageAsync("/lettings/", "Lettings");
        await visitor.ClickLinkAsync("Oceanview Retreat");
        await visitor.ExpectPageAsync("/lettings/2/", "Oceanview Retreat");
        await visitor.ClickLinkAsync("Back");
        await visitor.ExpectPageAsync("/lettings/", "Lettings");
        await visitor.ClickLinkAsync("Home");
        await visitor.ExpectPageAsync("/", "Welcome to Summer Holiday Homes");

        await visitor.ClickLinkAsync("Profiles");
        await visitor.ExpectPageAsync("/profiles/", "Profiles");
        await visitor.ClickLinkAsync("DavWin");
        await visitor.ExpectPageAsync("/profiles/DavWin/", "DavWin");
        await visitor.ClickLinkAsync("Lettings");
        await visitor.ExpectPageAsync("/lettings/", "Lettings");

        visitor.AssertNothingWentWrong();
    }

    [Fact]
    public async Task The_top_bar_and_footer_lead_to_every_section()
    {
        var visitor = await OpenSessionAsync();
        await visitor.OpenAsync("/terms/");

        await visitor.ClickLinkAsync("Profiles", PagePart.Header);
        await visitor.ExpectPageAsync("/profiles/", "Profiles");
        await visitor.ClickLinkAsync("Lettings", PagePart.Header);
        await visitor.ExpectPageAsync("/lettings/", "Lettings");
        await visitor.ClickLinkAsync("Privacy Policy", PagePart.Footer);
        await visitor.ExpectPageAsync("/privacy/", "Privacy Policy");
        await visitor.ClickLinkAsync("Terms & Conditions", PagePart.Footer);
        await visitor.ExpectPageAsync("/terms/", "Terms & Conditions");
        await visitor.ClickLinkAsync("Orange County Lettings, home", PagePart.Header);
        await visitor.ExpectPageAsync("/", "Welcome to Summer Holiday Homes");

        visitor.AssertNothingWentWrong();
    }

    [Fact]
    public async Task An_unknown_address_shows_the_custom_404_page_with_a_way_home()
    {
        var visitor = await OpenSessionAsync();
        await visitor.OpenAsync("/no-such-room/", expectedStatus: 404);
        await visitor.ExpectPageAsync("/no-such-room/", "404 - NOT FOUND");
        Assert.Equal("404 - Page Not Found", await visitor.Page.TitleAsync());

        await visitor.ClickLinkAsync("Back to the home page");
        await visitor.ExpectPageAsync("/", "Welcome to Summer Holiday Homes");

        visitor.AssertNothingWentWrong();
    }
}
