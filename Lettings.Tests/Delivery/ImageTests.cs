using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace Lettings.Tests.Delivery;

/// <summary>
/// The image the pipeline publishes, built from the real Dockerfile and run for real: what DockerHub users run
/// (<c>docker run -p 8000:8000 IMAGE</c>, embedded database) and what Heroku runs (<c>$PORT</c>, a
/// <c>postgres://</c> <c>DATABASE_URL</c> over TLS, the release image's migration, SIGTERM to stop).
/// </summary>
[Trait(TestRequirements.Trait, TestRequirements.Docker)]
public sealed class ImageTests(WebImage image, ITestOutputHelper output) : IClassFixture<WebImage>
{
    private const string AppUid = "1654";

    [Fact]
    public async Task The_image_runs_the_site_as_the_non_root_user_and_records_its_commit_source_and_date()
    {
        using var web = await InspectAsync(image.Web);
        var config = web.RootElement.GetProperty("Config");
        var labels = config.GetProperty("Labels");
        Assert.Equal(WebImage.Commit, labels.GetProperty("org.opencontainers.image.revision").GetString());
        Assert.Equal(WebImage.Source, labels.GetProperty("org.opencontainers.image.source").GetString());
        Assert.Equal(WebImage.Created, labels.GetProperty("org.opencontainers.image.created").GetString());
        Assert.Equal(AppUid, config.GetProperty("User").GetString());
        Assert.True(config.GetProperty("ExposedPorts").TryGetProperty("8000/tcp", out _));
        Assert.Equal(["dotnet", "Lettings.Web.dll"], Strings(config.GetProperty("Cmd")));
        Assert.Contains($"SENTRY_RELEASE={WebImage.Commit}", Strings(config.GetProperty("Env")));

        using var release = await InspectAsync(image.Release);
        Assert.Equal(["dotnet", "Lettings.Web.dll", "migrate"], Strings(release.RootElement.GetProperty("Config").GetProperty("Cmd")));

        // The commit is also in the assembly's informational version (what Sentry reads when SENTRY_RELEASE is unset).
        var grep = await DockerCli.RunAsync("run", "--rm", "--network=host", image.Web, "grep", "-c", $"+{WebImage.Commit}", "/app/Lettings.Web.dll");
        Assert.True(grep.ExitCode == 0, grep.ToString());
    }

    [Fact]
    public async Task Only_the_release_image_has_curl_which_Heroku_needs_to_stream_the_release_output()
    {
        using var release = await InspectAsync(image.Release);
        Assert.Equal(AppUid, release.RootElement.GetProperty("Config").GetProperty("User").GetString());
        var curl = await DockerCli.RunAsync("run", "--rm", "--network=host", image.Release, "curl", "--version");
        Assert.True(curl.ExitCode == 0, curl.ToString());

        var web = await DockerCli.RunAsync("run", "--rm", "--network=host", image.Web, "sh", "-c", "command -v curl");
        Assert.NotEqual(0, web.ExitCode);
    }

    [Fact]
    public void The_build_ran_the_tests_inside_the_image()
    {
        output.WriteLine($"Both targets built in {image.BuildTime.TotalSeconds:F0} s.");
        // Either the test step ran now, or its layer came from the cache, which only a passing run can have
        // left there (BuildKit prints CACHED, the classic builder "Using cache" under the step).
        Assert.Matches(
            @"(Passed!\s+-\s+Failed:\s+0.*Lettings\.Tests\.dll|CACHED.*dotnet test|RUN dotnet test[^\n]*\r?\n\s*---> Using cache)",
            image.BuildLog);
    }

    [Fact]
    public async Task On_PORT_with_no_database_the_site_shows_the_original_data_as_a_non_root_user_and_stops_on_SIGTERM()
    {
        var port = LoopbackPort.Free();
        await using var container = await Container.StartAsync("--network=host", "--env", $"PORT={port}", image.Web);
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        await container.WaitUntilAnsweringAsync(baseAddress);

        using var client = SocketClient.Create(baseAddress);
        var lettings = await client.GetDocumentAsync("/lettings/");
        Assert.Contains(("Joshua Tree Green Haus /w Hot Tub", "/lettings/1/"), lettings.Links("main li a"));
        var profile = await client.GetDocumentAsync("/profiles/HeadlinesGazer/");
        Assert.Equal("HeadlinesGazer", profile.Heading());
        Assert.Equal(AppUid, await DockerCli.CheckedAsync("exec", container.Id, "id", "-u"));
        Assert.Contains("SQLite file /app/data/lettings.db", await container.LogsAsync(), StringComparison.Ordinal);

        var (elapsed, exitCode) = await container.StopAsync();
        Assert.True(exitCode == 0, $"exit {exitCode}\n{await container.LogsAsync()}");
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"stopping took {elapsed}");
    }

    [Fact]
    public async Task Without_PORT_the_site_listens_on_port_8000_on_every_interface_for_docker_run_p_8000()
    {
        var network = $"lettings-test-{Guid.NewGuid():N}"[..24];
        await DockerCli.CheckedAsync("network", "create", network);
        try
        {
            await using var container = await Container.StartAsync("--network", network, "--publish", "127.0.0.1::8000", image.Web);
            var published = (await DockerCli.CheckedAsync("port", container.Id, "8000/tcp")).Split('\n')[0];
            var baseAddress = new Uri($"http://{published}/");
            await container.WaitUntilAnsweringAsync(baseAddress);

            using var client = SocketClient.Create(baseAddress);
            var lettings = await client.GetDocumentAsync("/lettings/");
            Assert.Contains(("Oceanview Retreat", "/lettings/2/"), lettings.Links("main li a"));
        }
        finally
        {
            await DockerCli.RunAsync("network", "rm", network);
        }
    }

    [Fact]
    [Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
    public async Task The_release_image_migrates_DATABASE_URL_then_the_web_image_reads_it_over_TLS()
    {
        await using var database = await HerokuDatabase.CreateAsync();
        string[] databaseUrl = ["--env", $"DATABASE_URL={database.Url()}"];

        var empty = await DockerCli.RunAsync(TimeSpan.FromMinutes(2), null, ["run", "--rm", "--network=host", .. databaseUrl, image.Release]);
        Assert.True(empty.ExitCode == 0, empty.ToString());
        var upToDate = await DockerCli.RunAsync(TimeSpan.FromMinutes(2), null, ["run", "--rm", "--network=host", .. databaseUrl, image.Release]);
        Assert.True(upToDate.ExitCode == 0, upToDate.ToString());
        Assert.Contains("up to date", upToDate.Output, StringComparison.OrdinalIgnoreCase);

        await database.ExecuteAsync("UPDATE \"Lettings\" SET \"Title\" = 'Read from PostgreSQL' WHERE \"Id\" = 1");
        var port = LoopbackPort.Free();
        await using var container = await Container.StartAsync(["--network=host", "--env", $"PORT={port}", .. databaseUrl, image.Web]);
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        await container.WaitUntilAnsweringAsync(baseAddress);

        using var client = SocketClient.Create(baseAddress);
        Assert.Equal("Read from PostgreSQL", (await client.GetDocumentAsync("/lettings/1/")).Heading());
        var connections = await database.SiteConnectionsUseTlsAsync();
        Assert.NotEmpty(connections);
        Assert.All(connections, Assert.True);
    }

    private static async Task<JsonDocument> InspectAsync(string tag) =>
        JsonDocument.Parse((await DockerCli.CheckedAsync("image", "inspect", tag)).TrimStart('[').TrimEnd(']'));

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>A detached container, force-removed at the end of the test.</summary>
    private sealed class Container : IAsyncDisposable
    {
        private Container(string id) => Id = id;

        public string Id { get; }

        public static async Task<Container> StartAsync(params string[] args) =>
            new(await DockerCli.CheckedAsync(["run", "--detach", .. args]));

        public Task WaitUntilAnsweringAsync(Uri baseAddress) =>
            SocketClient.WaitUntilAnsweringAsync(
                baseAddress,
                TimeSpan.FromSeconds(90),
                async () => await DockerCli.CheckedAsync("inspect", "--format", "{{.State.Running}}", Id) == "true" ? null : "the container exited",
                LogsAsync);

        public async Task<string> LogsAsync()
        {
            var logs = await DockerCli.RunAsync("logs", Id);
            return logs.Output + logs.Error;
        }

        /// <summary><c>docker stop</c>: SIGTERM, then SIGKILL after 30 s as Heroku does.</summary>
        public async Task<(TimeSpan Elapsed, int ExitCode)> StopAsync()
        {
            var watch = Stopwatch.StartNew();
            await DockerCli.CheckedAsync("stop", "--time", "30", Id);
            var elapsed = watch.Elapsed;
            var exitCode = int.Parse(await DockerCli.CheckedAsync("inspect", "--format", "{{.State.ExitCode}}", Id), CultureInfo.InvariantCulture);
            return (elapsed, exitCode);
        }

        public async ValueTask DisposeAsync() => await DockerCli.RunAsync("rm", "--force", Id);
    }
}
