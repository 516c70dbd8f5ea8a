using System.ComponentModel;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace Lettings.AppHost;

/// <summary>
/// Whether the container runtime Aspire will use answers and can give it an image: present already, or pulled now.
/// Asked before the app model is built, because once DCP has been handed a container whose image it cannot get it
/// retries for ever and everything waiting on it never starts. Each step is bounded, so a runtime that hangs
/// costs seconds, not the run.
/// </summary>
public static class ContainerImageProbe
{
    private static readonly TimeSpan s_answer = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan s_pull = TimeSpan.FromMinutes(5);
    private static readonly string[] s_runtimeKeys = ["DcpPublisher:ContainerRuntime", "ASPIRE_CONTAINER_RUNTIME", "DOTNET_ASPIRE_CONTAINER_RUNTIME"];

    /// <summary>
    /// The runtime's command, as Aspire picks it: <c>DcpPublisher:ContainerRuntime</c>, then
    /// <c>ASPIRE_CONTAINER_RUNTIME</c> (or its older <c>DOTNET_</c> name), else Docker.
    /// </summary>
    public static string Runtime(IConfiguration configuration) =>
        s_runtimeKeys.Select(key => configuration[key])
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value)) ?? "docker";

    /// <summary>Null when <paramref name="image"/> can run; else why not, in a sentence for the console.</summary>
    public static async Task<string?> WhyNotAsync(string runtime, string image, Action<string> progress)
    {
        var info = await RunAsync(runtime, ["info", "--format", "{{.ServerVersion}}"], s_answer);
        if (!info.Succeeded)
        {
            return $"the container runtime does not answer (`{runtime} info`: {info.Problem})";
        }

        if ((await RunAsync(runtime, ["image", "inspect", "--format", "{{.Id}}", image], s_answer)).Succeeded)
        {
            return null;
        }

        progress($"Pulling {image} for PostgreSQL (at most {s_pull.TotalMinutes:0} minutes)...");
        var pull = await RunAsync(runtime, ["pull", image], s_pull);
        return pull.Succeeded ? null : $"the image {image} is not on this machine and `{runtime} pull {image}` failed ({pull.Problem})";
    }

    private static async Task<Outcome> RunAsync(string command, string[] arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return new(false, $"no `{command}` command was found");
        }

        using (process)
        {
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
                return new(false, $"no answer within {limit.TotalSeconds:0} s");
            }

            await output;
            var lastError = (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
            return new(process.ExitCode == 0, lastError ?? $"exit code {process.ExitCode}");
        }
    }

    private sealed record Outcome(bool Succeeded, string Problem);
}
