namespace Lettings.Tests.Delivery;

/// <summary>
/// CircleCI's test job runs the tests in a Debian 12 container against the machine's Docker engine, which refuses
/// Debian's own client (API 1.41). <c>scripts/ci/test-in-debian.sh</c> hands the machine's client in and
/// <c>scripts/ci/docker-client.sh</c> puts it first on the container's PATH: both run here against fake clients.
/// </summary>
public sealed class CiDockerClientTests : IDisposable
{
    private const string Versions = "client 29.1.3 (API 1.52), engine 29.1.3 (API 1.52, oldest 1.44)";

    private readonly ScriptSandbox _sandbox = ScriptSandbox.WithCopiesOf("scripts/ci");

    [Fact]
    public async Task The_machine_client_is_handed_into_the_container_next_to_the_engine_socket()
    {
        var machineClient = _sandbox.Fake("docker", "exit 0");

        var result = await _sandbox.RunAsync("scripts/ci/test-in-debian.sh", new Dictionary<string, string?> { ["HOME"] = _sandbox.PathOf(".fake/home") });

        Assert.True(result.ExitCode == 0, result.ToString());
        var run = Assert.Single(_sandbox.Calls("docker")).Split(' ');
        Assert.Equal("run", run[0]);
        var handedIn = Assert.Single(Values(run, "--env"), e => e.StartsWith("LETTINGS_DOCKER_CLIENT=", StringComparison.Ordinal)).Split('=', 2)[1];
        Assert.Contains($"{machineClient}:{handedIn}:ro", Values(run, "--volume"));
        Assert.Contains("/var/run/docker.sock:/var/run/docker.sock", Values(run, "--volume"));
        Assert.Equal(["bash", "scripts/ci/debian-test-job.sh"], run[^2..]);
    }

    [Fact]
    public async Task Inside_the_container_the_handed_in_client_comes_first_on_PATH_and_its_versions_are_shown()
    {
        var client = _sandbox.Write("machine/docker", $"#!/usr/bin/env bash\necho '{Versions}'\n");
        // Debian's docker.io client, later on PATH, must not be the one that answers.
        _sandbox.Write("debian/docker", "#!/usr/bin/env bash\necho 'client version 1.41 is too old' >&2\nexit 1\n");

        var result = await RunClientScriptAsync(client);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(client, File.ResolveLinkTarget(_sandbox.PathOf("bin/docker"), returnFinalTarget: false)!.FullName);
        Assert.Contains(Versions, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_handed_in_client_the_job_stops_and_says_how_to_run_it()
    {
        var result = await RunClientScriptAsync(client: null);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("test-in-debian.sh", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_sandbox.PathOf("bin/docker")));
    }

    [Fact]
    public async Task A_client_the_engine_refuses_stops_the_job_with_the_engines_reason()
    {
        const string Refusal = "Error response from daemon: client version 1.41 is too old. Minimum supported API version is 1.44";
        var client = _sandbox.Write("machine/docker", $"#!/usr/bin/env bash\necho '{Refusal}' >&2\nexit 1\n");

        var result = await RunClientScriptAsync(client);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(Refusal, result.Error, StringComparison.Ordinal);
    }

    private Task<CommandResult> RunClientScriptAsync(string? client) =>
        _sandbox.RunAsync("scripts/ci/docker-client.sh", new Dictionary<string, string?>
        {
            ["LETTINGS_DOCKER_CLIENT"] = client,
            ["LETTINGS_DOCKER_BIN"] = _sandbox.PathOf("bin"),
            ["PATH"] = $"{_sandbox.PathOf("bin")}:{_sandbox.PathOf("debian")}:/usr/bin:/bin",
        });

    /// <summary>The values following each occurrence of an option (<c>--volume A --volume B</c>: A, B).</summary>
    private static List<string> Values(string[] arguments, string option) =>
        [.. arguments.Select((argument, i) => (argument, i)).Where(a => a.argument == option && a.i + 1 < arguments.Length).Select(a => arguments[a.i + 1])];

    public void Dispose() => _sandbox.Dispose();
}
