using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Logging;

namespace Lettings.Tests.Pages;

/// <summary>The custom 404 and 500 pages, and the logs each leaves.</summary>
public sealed class ErrorPageTests(ErrorPageTests.FaultyApp app) : IClassFixture<ErrorPageTests.FaultyApp>
{
    private const string FaultMessage = "Injected fault: the secret connection detail is xyzzy";

    private readonly HttpClient _client = app.CreateBrowserClient();

    [Theory]
    [InlineData("/no-such-page/")]
    [InlineData("/lettings/999/")]
    [InlineData("/profiles/Nobody/")]
    public async Task Missing_page_or_record_shows_the_custom_404_and_logs_a_warning_with_the_path(string path)
    {
        var page = await _client.GetDocumentAsync(path, expectedStatus: 404);

        Assert.Equal("404 - Page Not Found", page.Title);
        Assert.Equal("404 - NOT FOUND", page.Heading());
        Assert.Contains(app.Logs.GetSnapshot(), log =>
            log.Level == LogLevel.Warning && log.Message.Contains(path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unhandled_exception_shows_the_custom_500_without_details_and_logs_an_error()
    {
        using var response = await _client.GetAsync($"/lettings/1/?{FaultFilter.Trigger}=1");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = HtmlExtensions.Parse(html);
        Assert.Equal("500 - Server Error", page.Title);
        Assert.Equal("500 - SERVER ERROR", page.Heading());
        Assert.DoesNotContain("xyzzy", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", page.Body!.NormalizedText(), StringComparison.Ordinal);
        Assert.Contains(app.Logs.GetSnapshot(), log =>
            log.Level == LogLevel.Error && log.Exception?.Message == FaultMessage);
    }

    /// <summary>The site with a page filter that throws when a request asks for it.</summary>
    public sealed class FaultyApp() : LettingsApp(new SqliteTestDatabase())
    {
        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddRazorPages(options => options.Conventions.ConfigureFilter(new FaultFilter()));
    }

    private sealed class FaultFilter : IPageFilter
    {
        public const string Trigger = "inject-fault";

        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
            // The 500 page is re-executed with the same query string: it must not fail too.
            if (context.HttpContext.Request.Query.ContainsKey(Trigger)
                && !context.HttpContext.Request.Path.StartsWithSegments("/errors", StringComparison.Ordinal))
            {
                throw new InvalidOperationException(FaultMessage);
            }
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
