using Lettings.Web.Hosting;
using Microsoft.AspNetCore.Mvc;

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

    [Fact]
    public async Task No_query_string_return_url_or_referrer_reaches_Sentry()
    {
        var marker = Guid.NewGuid().ToString("N");
        var url = $"/admin/login/?ReturnUrl=%2Fadmin%2Fusers%2F%3Fq%3Dreturn-{marker}&q=search-{marker}&{FaultFilter.Trigger}={marker}";
        using (var request = new HttpRequestMessage(HttpMethod.Get, url))
        {
            request.Headers.Referrer = new Uri($"https://lettings.example.org/admin/users/?q=referrer-{marker}");
            using var response = await _client.SendAsync(request);
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        }

        var sentEvent = await app.Sentry.WaitForItemAsync("event", e => e.GetRawText().Contains(FaultFilter.Message + marker, StringComparison.Ordinal));
        await FlushAsync();

        var sentRequest = sentEvent.GetProperty("request");
        Assert.EndsWith("/admin/login/", sentRequest.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.False(sentRequest.TryGetProperty("query_string", out _));
        Assert.All(app.Sentry.Envelopes, envelope =>
        {
            Assert.DoesNotContain("return-" + marker, envelope, StringComparison.Ordinal);
            Assert.DoesNotContain("search-" + marker, envelope, StringComparison.Ordinal);
            Assert.DoesNotContain("referrer-" + marker, envelope, StringComparison.Ordinal);
            Assert.DoesNotContain("ReturnUrl", envelope, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task A_database_outage_is_one_event_and_one_warning_however_many_requests_meet_it()
    {
        var markers = Enumerable.Range(0, 12).Select(_ => Guid.NewGuid().ToString("N")).ToList();
        foreach (var marker in markers)
        {
            using var response = await _client.GetAsync(new Uri($"/lettings/?{FaultFilter.OutageTrigger}={marker}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }

        var first = await app.Sentry.WaitForItemAsync("event", e => e.GetRawText().Contains(markers[0], StringComparison.Ordinal));
        await FlushAsync();

        Assert.Single(app.Sentry.Items("event"), e => markers.Exists(m => e.GetRawText().Contains(m, StringComparison.Ordinal)));
        Assert.Equal(["database-unavailable"], first.GetProperty("fingerprint").EnumerateArray().Select(f => f.GetString()));
        var logs = app.Logs.GetSnapshot().Where(log => markers.Exists(m => log.Exception?.Message.Contains(m, StringComparison.Ordinal) == true)).ToList();
        var warning = Assert.Single(logs);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
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
}
