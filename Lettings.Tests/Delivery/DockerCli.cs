using System.Diagnostics;
using Lettings.Tests.Infrastructure;

namespace Lettings.Tests.Delivery;

/// <summary>The <c>docker</c> command line, run to completion with a time limit.</summary>
public static class DockerCli
{
    public static async Task<CommandResult> RunAsync(TimeSpan limit, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var info = new ProcessStartInfo("docker")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryFiles.Root,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"docker {string.Join(' ', args)} did not finish within {limit}.");
        }

        return new CommandResult(process.ExitCode, await output, await error);
    }

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
