using System.Diagnostics;

namespace Lettings.Tests.Delivery;

/// <summary>
/// The repository's real Dockerfile built once per test run with the local Docker engine (host network for the
/// restore, as the engine here has no default bridge): its <c>web</c> target (the default) and its <c>release</c>
/// target, with a known commit, source and date, on the base images the test script chose
/// (<see cref="ContainerImages"/>). No engine: the tests fail and say so.
/// </summary>
public sealed class WebImage : IAsyncLifetime
{
    public const string Commit = "0123456789abcdef0123456789abcdef01234567";
    public const string Source = "https://github.com/example/orange-county-lettings";
    public const string Created = "2026-01-02T03:04:05Z";

    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    public string Web => $"lettings-test:web-{_suffix}";

    public string Release => $"lettings-test:release-{_suffix}";

    public TimeSpan BuildTime { get; private set; }

    public string BuildLog { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await ContainerEngine.RequireEngineAsync();
        var watch = Stopwatch.StartNew();
        BuildLog = await BuildAsync("web", Web);
        BuildLog += await BuildAsync("release", Release);
        BuildTime = watch.Elapsed;
    }

    public async Task DisposeAsync()
    {
        await DockerCli.RunAsync("image", "rm", "--force", Web, Release);
    }

    /// <summary>The base images the test script chose; none given, the Dockerfile's defaults (the official images).</summary>
    private static IEnumerable<string> BaseImageArguments()
    {
        if (ContainerImages.Sdk is { } sdk)
        {
            yield return "--build-arg";
            yield return $"SDK_IMAGE={sdk}";
        }

        if (ContainerImages.Runtime is { } runtime)
        {
            yield return "--build-arg";
            yield return $"RUNTIME_IMAGE={runtime}";
        }
    }

    private static async Task<string> BuildAsync(string target, string tag)
    {
        string[] common =
        [
            "--network=host", "--progress=plain", "--target", target, "--tag", tag,
            "--build-arg", $"SOURCE_COMMIT={Commit}",
            "--build-arg", $"SOURCE_URL={Source}",
            "--build-arg", $"BUILD_DATE={Created}",
            .. BaseImageArguments(),
            ".",
        ];
        var limit = TimeSpan.FromMinutes(20);

        // CI's way (buildx, classic manifest) when the client has it; else the engine's BuildKit through an older
        // client; else the classic builder (which runs every stage, the test stage included).
        CommandResult result;
        if ((await DockerCli.RunAsync("buildx", "version")).ExitCode == 0)
        {
            result = await DockerCli.RunAsync(limit, null, ["buildx", "build", "--load", "--provenance=false", .. common]);
        }
        else
        {
            result = await DockerCli.RunAsync(limit, new Dictionary<string, string?> { ["DOCKER_BUILDKIT"] = "1" }, ["build", .. common]);
            if (result.ExitCode != 0 && result.Error.Contains("buildx", StringComparison.Ordinal))
            {
                result = await DockerCli.RunAsync(limit, new Dictionary<string, string?> { ["DOCKER_BUILDKIT"] = "0" }, ["build", .. common.Where(a => a != "--progress=plain")]);
            }
        }

        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker build --target {target} failed:\n{result}");
        }

        return result.Output + result.Error;
    }
}
