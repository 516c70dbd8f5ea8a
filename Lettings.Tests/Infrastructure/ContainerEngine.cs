using System.Diagnostics;

namespace Lettings.Tests.Infrastructure;

/// <summary>
/// The local container engine the AppHost tests need. Without it (or without the image) they fail with a
/// message saying how to get one; they never skip.
/// </summary>
public static class ContainerEngine
{
    private const string Help =
        "Run ./test.sh, which starts a local Docker engine and builds the local PostgreSQL stand-in image "
        + "(scripts/docker/ensure-all.sh), or start Docker yourself.";

    public static async Task RequireImageAsync(string image)
    {
        var info = await DockerAsync("info", "--format", "{{.ServerVersion}}");
        if (info.ExitCode != 0)
        {
            Assert.Fail($"This test needs a container engine, and `docker info` failed: {info.Error.Trim()} {Help}");
        }

        var inspect = await DockerAsync("image", "inspect", "--format", "{{.Id}}", image);
        if (inspect.ExitCode != 0)
        {
            Assert.Fail($"This test needs the image {image} in the local engine and it is missing (no registry can be reached here). {Help}");
        }
    }

    private static async Task<CommandResult> DockerAsync(params string[] args)
    {
        var info = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(timeout.Token);
            return new CommandResult(process.ExitCode, await output, await error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new CommandResult(-1, "", $"the docker command is not installed ({e.Message}).");
        }
    }
}
