using System.Collections.Concurrent;
using System.Text.Json.Nodes;
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
        Assert.DoesNotContain("backup started", heroku.Events);
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

    [Fact]
    public async Task Asked_to_back_up_it_captures_a_database_backup_and_waits_for_it_before_releasing()
    {
        await using var heroku = await FakeHeroku.StartAsync(releasePhase: "succeeded", healthy: true, backup: true);

        var result = await heroku.RunScriptAsync(backupBeforeRelease: true);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["backup started", "backup polled", "backup polled", "formation patched"], heroku.Events);
        Assert.Contains("backup b007 captured", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeHeroku.ApiKey, result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_backup_stops_the_release_before_anything_changes()
    {
        await using var heroku = await FakeHeroku.StartAsync(releasePhase: "succeeded", healthy: true, backup: false);

        var result = await heroku.RunScriptAsync(backupBeforeRelease: true);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the backup failed: nothing was released", result.Error, StringComparison.Ordinal);
        Assert.Empty(heroku.FormationPatches);
        Assert.Empty(heroku.Rollbacks);
    }

    private sealed class FakeHeroku : IAsyncDisposable
    {
        public const string ApiKey = "test-api-key-not-a-secret";
        public const string PreviousRelease = "11111111-previous";
        private const string App = "oc-lettings-test";
        private const string NewRelease = "22222222-new";
        private const string DatabaseAddon = "addon-postgres-1";
        private const string BackupId = "33333333-backup";

        private readonly WebApplication _app;
        private readonly string _releasePhase;
        private readonly bool _healthy;
        private readonly bool? _backup;
        private int _backupPolls;
        private bool _patched;
        private int _statusPolls;
        private int _healthChecks;

        private FakeHeroku(string releasePhase, bool healthy, bool? backup)
        {
            _releasePhase = releasePhase;
            _healthy = healthy;
            _backup = backup;
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            builder.Logging.ClearProviders();
            _app = builder.Build();
            _app.Use(async (context, next) =>
            {
                var isApi = context.Request.Path.StartsWithSegments("/apps", StringComparison.Ordinal)
                    || context.Request.Path.StartsWithSegments("/data", StringComparison.Ordinal);
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
                Events.Enqueue("formation patched");
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
            // The Heroku Postgres API (`heroku pg:backups`), under /data here: the app's DATABASE add-on, a backup, its progress.
            _app.MapGet($"/apps/{App}/addon-attachments", () => Results.Json(new object[]
            {
                new { name = "REDIS", addon = new { id = "addon-redis", name = "redis-cubed-1" } },
                new { name = "DATABASE", addon = new { id = DatabaseAddon, name = "postgresql-shaped-12345" } },
            }));
            _app.MapPost($"/data/client/v11/databases/{DatabaseAddon}/backups", () =>
            {
                Events.Enqueue("backup started");
                return Results.Json(new { uuid = BackupId, num = 7, from_name = "DATABASE", finished_at = (string?)null });
            });
            _app.MapGet($"/data/client/v11/apps/{App}/transfers/{BackupId}", () =>
            {
                Events.Enqueue("backup polled");
                var finished = Interlocked.Increment(ref _backupPolls) >= 2;
                return Results.Json(new { uuid = BackupId, num = 7, finished_at = finished ? "2026-12-01 10:00:00 +0000" : null, succeeded = finished && _backup == true });
            });
            _app.MapGet("/site/health", () =>
            {
                Interlocked.Increment(ref _healthChecks);
                return _healthy ? Results.Text("Healthy") : Results.Text("Unhealthy", statusCode: 503);
            });
        }

        public ConcurrentBag<JsonNode> FormationPatches { get; } = [];

        public ConcurrentQueue<string> Events { get; } = new();

        public ConcurrentBag<JsonNode> Rollbacks { get; } = [];

        public int HealthChecks => _healthChecks;

        public static async Task<FakeHeroku> StartAsync(string releasePhase, bool healthy, bool? backup = null)
        {
            var fake = new FakeHeroku(releasePhase, healthy, backup);
            await fake._app.StartAsync();
            return fake;
        }

        public async Task<CommandResult> RunScriptAsync(bool backupBeforeRelease = false)
        {
            var environment = new Dictionary<string, string?>
            {
                ["HEROKU_API_URL"] = _app.Urls.Single().TrimEnd('/'),
                ["HEROKU_API_KEY"] = ApiKey,
                ["HEROKU_APP_NAME"] = App,
                ["POLL_INTERVAL"] = "1",
                ["HEALTH_TIMEOUT"] = "3",
                ["RELEASE_TIMEOUT"] = "30",
                ["BACKUP_BEFORE_RELEASE"] = backupBeforeRelease ? "true" : null,
                ["HEROKU_DATA_API_URL"] = _app.Urls.Single().TrimEnd('/') + "/data",
                ["BACKUP_TIMEOUT"] = "30",
            };
            var info = ProcessRunner.StartInfo("bash", ["scripts/deploy/heroku-release.sh", "sha256:web", "sha256:release"], environment);
            return await ProcessRunner.RunAsync(info, TimeSpan.FromMinutes(1));
        }

        public async ValueTask DisposeAsync() => await _app.DisposeAsync();
    }
}
