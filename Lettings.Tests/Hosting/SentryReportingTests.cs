using System.Net;
using Lettings.Tests.Infrastructure;
using Lettings.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.DependencyInjection;

namespace Lettings.Tests.Hosting;

/// <summary>Sentry against a fake ingestion endpoint on 127.0.0.1: what reaches it, and what never does.</summary>
[Collection(GlobalTelemetry.Name)]
public sealed class SentryReportingTests(SentryReportingTests.SentryApp app) : IClassFixture<SentryReportingTests.SentryApp>
{
    private const string Secret = "do-not-send-3f9a";

    private readonly HttpClient _client = app.CreateBrowserClient();

    [Fact]
    public async Task Unhandled_exception_sends_an_event_with_the_exception_route_environment_and_release()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var response = await _client.GetAsync(new Uri($"/lettings/1/?{FaultFilter.Trigger}={marker}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);

        var sentry = await app.Sentry.WaitForItemAsync("event", e => e.GetRawText().Contains(marker, StringComparison.Ordinal));

        var exception = sentry.GetProperty("exception").GetProperty("values").EnumerateArray().Last();
        Assert.Equal("System.InvalidOperationException", exception.GetProperty("type").GetString());
        Assert.Equal(FaultFilter.Message + marker, exception.GetProperty("value").GetString());
        Assert.Equal("sentry-test", sentry.GetProperty("environment").GetString());
        Assert.Equal("test-release-1", sentry.GetProperty("release").GetString());
        Assert.Equal("GET /lettings/{id:int}", sentry.GetProperty("transaction").GetString());
    }

    [Fact]
    public async Task Not_found_sends_no_event()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var missing = await _client.GetAsync(new Uri($"/no-such-page-{marker}/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var record = await _client.GetAsync(new Uri($"/lettings/999/?m={marker}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, record.StatusCode);

        await FlushAsync();
        Assert.DoesNotContain(app.Sentry.Items("event"), e => e.GetRawText().Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_cookie_authorization_header_or_form_value_appears_in_any_envelope()
    {
        var marker = Guid.NewGuid().ToString("N");
        using (var get = new HttpRequestMessage(HttpMethod.Get, $"/lettings/1/?{FaultFilter.Trigger}={marker}"))
        {
            get.Headers.Add("Cookie", $"session=cookie-{Secret}");
            get.Headers.Add("Authorization", $"Bearer auth-{Secret}");
            using var response = await _client.SendAsync(get);
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        }

        var postMarker = Guid.NewGuid().ToString("N");
        using (var post = new HttpRequestMessage(HttpMethod.Post, $"/lettings/1/?{FaultFilter.Trigger}={postMarker}"))
        {
            post.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["password"] = $"form-{Secret}" });
            post.Headers.Add("Cookie", $"session=cookie-{Secret}");
            using var response = await _client.SendAsync(post);
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        }

        var sentEvent = await app.Sentry.WaitForItemAsync("event", e => e.GetRawText().Contains(marker, StringComparison.Ordinal));
        await app.Sentry.WaitForItemAsync("event", e => e.GetRawText().Contains(postMarker, StringComparison.Ordinal));
        await FlushAsync();

        Assert.True(sentEvent.TryGetProperty("request", out _), "the event should still carry the request (URL, method)");
        Assert.Contains(app.Sentry.Envelopes, envelope => envelope.Contains("\"transaction\"", StringComparison.Ordinal));
        Assert.All(app.Sentry.Envelopes, envelope => Assert.DoesNotContain(Secret, envelope, StringComparison.Ordinal));
    }

    private async Task FlushAsync()
    {
        await app.Services.GetRequiredService<IHub>().FlushAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(TimeSpan.FromMilliseconds(300));
    }

    /// <summary>The site with Sentry pointed at the fake server, every request traced, and a fault on demand.</summary>
    public sealed class SentryApp() : LettingsApp(new SqliteTestDatabase()), IAsyncLifetime
    {
        public FakeSentryServer Sentry { get; private set; } = null!;

        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            [SentrySettings.DsnVariable] = Sentry.Dsn,
            [SentrySettings.EnvironmentVariable] = "sentry-test",
            [BuildInfo.ReleaseVariable] = "test-release-1",
            [SentrySettings.SampleRateVariable] = "1",
        };

        public override async Task InitializeAsync()
        {
            Sentry = await FakeSentryServer.StartAsync();
            await base.InitializeAsync();
        }

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddRazorPages(options =>
            {
                options.Conventions.ConfigureFilter(new FaultFilter());
                options.Conventions.ConfigureFilter(new IgnoreAntiforgeryTokenAttribute());
            });

        async Task IAsyncLifetime.DisposeAsync()
        {
            await DisposeAsync();
            await Database.DisposeAsync();
            await Sentry.DisposeAsync();
        }
    }

    /// <summary>Throws from any page (after reading the form, if any) when the query asks for it.</summary>
    private sealed class FaultFilter : IPageFilter
    {
        public const string Trigger = "inject-fault";
        public const string Message = "Injected fault ";

        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
            var request = context.HttpContext.Request;
            if (request.Query.TryGetValue(Trigger, out var marker) && !request.Path.StartsWithSegments("/errors", StringComparison.Ordinal))
            {
                _ = request.HasFormContentType ? request.Form : null;
                throw new InvalidOperationException(Message + marker);
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
