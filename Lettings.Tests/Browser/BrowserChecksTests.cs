namespace Lettings.Tests.Browser;

/// <summary>
/// The checks the other browser tests rely on do catch what they claim to: a page is broken on purpose in the
/// browser (never on the site) and each check must fail, naming the problem.
/// </summary>
public sealed class BrowserChecksTests(ChromiumBrowser chromium, SqliteKestrelApp app)
    : BrowserTest(chromium, app), IClassFixture<SqliteKestrelApp>
{
    [Theory]
    [InlineData("document.querySelector('header img').removeAttribute('alt')", "without alt text")]
    [InlineData("document.querySelector('main').append(document.createElement('h1'))", "2 h1 headings")]
    [InlineData("document.documentElement.removeAttribute('lang')", "no lang")]
    [InlineData("document.querySelector('main').append(Object.assign(document.createElement('input'), { type: 'text' }))", "label")]
    [InlineData("document.querySelectorAll('main a').forEach(a => a.textContent = '')", "link-name")]
    [InlineData("document.querySelector('main h1').style.color = '#c8d0dc'", "color-contrast")]
    [InlineData("document.querySelectorAll('a').forEach(a => { a.style.setProperty('outline', 'none', 'important'); a.style.setProperty('box-shadow', 'none', 'important'); })", "invisible")]
    public async Task The_accessibility_checks_fail_a_page_that_breaks_a_rule(string breakage, string expectedComplaint)
    {
        var visitor = await OpenSessionAsync();
        await visitor.OpenAsync("/lettings/");
        await visitor.Page.EvaluateAsync($"() => {{ {breakage}; }}");

        var failure = await Assert.ThrowsAnyAsync<Exception>(visitor.AssertAccessibleAsync);

        Assert.Contains(expectedComplaint, failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("await fetch('http://192.0.2.1/tracker.js').catch(() => {})", "192.0.2.1")]
    [InlineData("await fetch('/css/missing.css')", "/css/missing.css")]
    [InlineData("console.error('something broke')", "something broke")]
    [InlineData("setTimeout(() => { throw new Error('unhandled'); })", "unhandled")]
    public async Task The_journey_checks_fail_on_outside_requests_errors_and_failed_requests(string script, string expectedComplaint)
    {
        var visitor = await OpenSessionAsync();
        await visitor.OpenAsync("/");
        await visitor.Page.EvaluateAsync($"async () => {{ {script}; }}");
        await visitor.Page.WaitForTimeoutAsync(500); // lets the browser's last events arrive; nothing is timed

        var failure = Assert.ThrowsAny<Exception>(visitor.AssertNothingWentWrong);

        Assert.Contains(expectedComplaint, failure.Message, StringComparison.Ordinal);
    }
}
