using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Lettings.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Lettings.Tests.Delivery;

/// <summary>
/// <c>scripts/deploy/heroku-release.sh</c>, the deploy job's last step, against a fake Heroku Platform API on
/// 127.0.0.1 that answers as the real one does (release list with a Range header, formation PATCH with the
/// docker-releases variant, release status, app web_url, rollback) and a fake site /health.
/// </summary>
[Trait(TestRequirements.Trait, TestRequirements.ShellTools)]
public sealed class HerokuReleaseScriptTests
{
    [Fact]
    public async Task A_healthy_release_patches_the_formation_with_both_images_and_does_not_roll_back()
    {
        await using var heroku = await FakeHeroku.StartAsync(releasePhase: "succeeded", healthy: true);

        var result = await heroku.RunScriptAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        var updates = Assert.Single(heroku.FormationPatches)["updates"]!.AsArray();
        Assert.Equal("web=sha256:web release=sha256:release", string.Join(' ', updates.Select(u => $"{u!["type"]}={u["docker_image"]}")));
        Assert.Empty(heroku.Rollbacks);
        Assert.DoesNotContain(FakeHeroku.ApiKey, result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unhealthy_release_is_rolled_back_to_the_previous_current_release_and_fails_the_job()
    {
        await using var heroku = await FakeHeroku.StartAsync(releasePhase: "succeeded", healthy: false);

        var result = await heroku.RunScriptAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(FakeHeroku.PreviousRelease, Assert.Single(heroku.Rollbacks)["release"]!.GetValue<string>());
        Assert.Contains("rolled back", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_release_phase_fails_the_job_without_touching_the_running_release()
    {
        await using var heroku = await FakeHeroku.StartAsync(releasePhase: "failed", healthy: true);

        var result = await heroku.RunScriptAsync();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("release phase failed", result.Error, StringComparison.Ordinal);
        Assert.Empty(heroku.Rollbacks);
        Assert.Equal(0, heroku.HealthChecks);
    }

    private sealed class FakeHeroku : IAsyncDisposable
    {
        public const string ApiKey = "test-api-key-not-a-secret";
        public const string PreviousRelease = "11111111-previous";
        private const string App = "oc-lettings-test";
        private const string NewRelease = "22222222-new";

        private readonly WebApplication _app;
        private readonly string _releasePhase;
        private readonly bool _healthy;
        private bool _patched;
        private int _statusPolls;
        private int _healthChecks;

        private FakeHeroku(string releasePhase, bool healthy)
        {
            _releasePhase = releasePhase;
            _healthy = healthy;
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            builder.Logging.ClearProviders();
            _app = builder.Build();
            _app.Use(async (context, next) =>
            {
                var isApi = context.Request.Path.StartsWithSegments("/apps", StringComparison.Ordinal);
                if (isApi && (context.Request.Headers.Authorization != $"Bearer {ApiKey}"
                    || !context.Request.Headers.Accept.ToString().StartsWith("application/vnd.heroku+json; version=3", StringComparison.Ordinal)))
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return;
                }

                await next(context);
            });
            _app.MapGet($"/apps/{App}", (HttpContext c) => Results.Json(new { name = App, web_url = $"http://{c.Request.Host}/site/" }));
            _app.MapGet($"/apps/{App}/releases", (HttpContext c) =>
            {
                Assert.Matches(@"^version \.\.; max=\d+, order=desc$", c.Request.Headers.Range.ToString());
                var previous = new { id = PreviousRelease, version = 41, status = "succeeded", current = !_patched };
                return _patched
                    ? Results.Json(new object[] { new { id = NewRelease, version = 42, status = "pending", current = false }, previous })
                    : Results.Json(new object[] { previous });
            });
            _app.MapPatch($"/apps/{App}/formation", async (HttpContext c) =>
            {
                Assert.Equal("application/vnd.heroku+json; version=3.docker-releases", c.Request.Headers.Accept.ToString());
                FormationPatches.Add(JsonNode.Parse(await new StreamReader(c.Request.Body).ReadToEndAsync())!);
                _patched = true;
                return Results.Json(Array.Empty<object>());
            });
            _app.MapGet($"/apps/{App}/releases/{NewRelease}", () =>
                Results.Json(new { id = NewRelease, status = Interlocked.Increment(ref _statusPolls) < 2 ? "pending" : _releasePhase }));
            _app.MapPost($"/apps/{App}/releases", async (HttpContext c) =>
            {
                Rollbacks.Add(JsonNode.Parse(await new StreamReader(c.Request.Body).ReadToEndAsync())!);
                return Results.Json(new { id = "33333333-rollback" }, statusCode: 201);
            });
            _app.MapGet("/site/health", () =>
            {
                Interlocked.Increment(ref _healthChecks);
                return _healthy ? Results.Text("Healthy") : Results.Text("Unhealthy", statusCode: 503);
            });
        }

        public ConcurrentBag<JsonNode> FormationPatches { get; } = [];

        public ConcurrentBag<JsonNode> Rollbacks { get; } = [];

        public int HealthChecks => _healthChecks;

        public static async Task<FakeHeroku> StartAsync(string releasePhase, bool healthy)
        {
            var fake = new FakeHeroku(releasePhase, healthy);
            await fake._app.StartAsync();
            return fake;
        }

        public async Task<CommandResult> RunScriptAsync()
        {
            var environment = new Dictionary<string, string?>
            {
                ["HEROKU_API_URL"] = _app.Urls.Single().TrimEnd('/'),
                ["HEROKU_API_KEY"] = ApiKey,
                ["HEROKU_APP_NAME"] = App,
                ["POLL_INTERVAL"] = "1",
                ["HEALTH_TIMEOUT"] = "3",
                ["RELEASE_TIMEOUT"] = "30",
            };
            var info = ProcessRunner.StartInfo("bash", ["scripts/deploy/heroku-release.sh", "sha256:web", "sha256:release"], environment);
            return await ProcessRunner.RunAsync(info, TimeSpan.FromMinutes(1));
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
