namespace Lettings.Tests.Infrastructure;

/// <summary>
/// The local container engine the AppHost and image tests need. Without it (or without an image) they fail with
/// a message saying how to get one; they never skip.
/// </summary>
public static class ContainerEngine
{
    private const string Help =
        "Run ./test.sh, which starts a local Docker engine and pulls the images (or builds local stand-ins where no "
        + "registry answers; scripts/setup/images.sh), or start Docker yourself.";

    public static async Task RequireEngineAsync()
    {
        var info = await DockerCli.RunAsync("info", "--format", "{{.ServerVersion}}");
        if (info.ExitCode != 0)
        {
            Assert.Fail($"This test needs a container engine, and `docker info` failed: {info.Error.Trim()} {Help}");
        }
    }

    public static async Task RequireImageAsync(string image)
    {
        await RequireEngineAsync();
        var inspect = await DockerCli.RunAsync("image", "inspect", "--format", "{{.Id}}", image);
        if (inspect.ExitCode != 0)
        {
            Assert.Fail($"This test needs the image {image} in the local engine and it is missing. {Help}");
        }
    }
}
