namespace Lettings.Tests.Infrastructure;

/// <summary>The <c>docker</c> command line, run to completion with a time limit, from the repository's root.</summary>
public static class DockerCli
{
    public static Task<CommandResult> RunAsync(TimeSpan limit, IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        ProcessRunner.RunAsync(ProcessRunner.StartInfo("docker", args, environment), limit);

    public static Task<CommandResult> RunAsync(params string[] args) => RunAsync(TimeSpan.FromMinutes(2), null, args);

    /// <summary>Runs a docker command that must succeed and returns its trimmed standard output.</summary>
    public static async Task<string> CheckedAsync(params string[] args)
    {
        var result = await RunAsync(args);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"docker {string.Join(' ', args)} failed: {result}");
        }

        return result.Output.Trim();
    }
}
