using System.ComponentModel;
using System.Diagnostics;

namespace Lettings.Tests.Infrastructure;

/// <summary>
/// Runs a command to completion within a time limit, its output captured: the one way the tests start a
/// short-lived process (the site's commands, docker, the repository's shell scripts).
/// </summary>
public static class ProcessRunner
{
    /// <summary>A start description with output redirected; <paramref name="environment"/> entries set to null are removed.</summary>
    public static ProcessStartInfo StartInfo(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryFiles.Root,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(key);
            }
            else
            {
                info.Environment[key] = value;
            }
        }

        return info;
    }

    /// <summary>
    /// Starts the process, writes <paramref name="standardInput"/> (then closes it), and waits for the exit. Past the
    /// limit the process tree is killed and the test fails; a missing program fails it with the program's name.
    /// </summary>
    public static async Task<CommandResult> RunAsync(ProcessStartInfo info, TimeSpan limit, string? standardInput = null)
    {
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (Win32Exception e)
        {
            throw new Xunit.Sdk.XunitException($"Cannot run {info.FileName}: {e.Message}. Is it installed and on PATH?");
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput);
            }

            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new Xunit.Sdk.XunitException(
                    $"{info.FileName} {string.Join(' ', info.ArgumentList)} did not finish within {limit}.");
            }

            return new CommandResult(process.ExitCode, await output, await error);
        }
    }
}
