extern alias AppHost;
using AppHost::Lettings.AppHost;
using Aspire.Hosting.ApplicationModel;

namespace Lettings.Tests.AppHost;

/// <summary>
/// <c>Lettings:Postgres=auto</c> (the default): PostgreSQL only where the container runtime answers and has or can
/// pull the image, else the site on SQLite; <c>true</c> and <c>false</c> decide without asking the runtime.
/// </summary>
public sealed class PostgresFallbackTests
{
    private const string MissingRuntime = "lettings-no-such-runtime";

    [Fact]
    public async Task Auto_runs_the_site_alone_on_SQLite_when_the_container_runtime_is_missing()
    {
        var builder = await AppHostBuilder.CreateAsync([$"--DcpPublisher:ContainerRuntime={MissingRuntime}"], CancellationToken.None);

        Assert.DoesNotContain(builder.Resources, resource => resource is ContainerResource);
        Assert.Equal("web", Assert.Single(builder.Resources.OfType<ProjectResource>()).Name);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task An_explicit_choice_asks_no_runtime(string choice, bool postgres)
    {
        var builder = await AppHostBuilder.CreateAsync(
            [$"--DcpPublisher:ContainerRuntime={MissingRuntime}", $"--Lettings:Postgres={choice}", "--Lettings:DataVolume=false"], CancellationToken.None);

        Assert.Equal(postgres, builder.Resources.OfType<PostgresServerResource>().Any());
        Assert.Equal(postgres, builder.Resources.Any(resource => resource.Name == "migrate"));
    }

    [Fact]
    public async Task A_missing_runtime_command_is_named()
    {
        var reason = await ContainerImageProbe.WhyNotAsync(MissingRuntime, "docker.io/library/postgres:18.3", _ => { });

        Assert.Equal($"the container runtime does not answer (`{MissingRuntime} info`: no `{MissingRuntime}` command was found)", reason);
    }

    [Fact]
    [Trait(TestRequirements.Trait, TestRequirements.Docker)]
    public async Task An_image_the_engine_has_can_run()
    {
        var image = ContainerImages.Postgres ?? "docker.io/library/postgres:18.3";
        await ContainerEngine.RequireImageAsync(image);
        var progress = new List<string>();

        Assert.Null(await ContainerImageProbe.WhyNotAsync("docker", image, progress.Add));
        Assert.Empty(progress);
    }

    [Fact]
    [Trait(TestRequirements.Trait, TestRequirements.Docker)]
    public async Task An_image_neither_present_nor_pullable_is_named_with_the_pull_that_failed()
    {
        const string Image = "lettings-test/no-such-image:0";
        var progress = new List<string>();

        var reason = await ContainerImageProbe.WhyNotAsync("docker", Image, progress.Add);

        Assert.NotNull(reason);
        Assert.StartsWith($"the image {Image} is not on this machine and `docker pull {Image}` failed (", reason, StringComparison.Ordinal);
        Assert.Contains(progress, line => line.StartsWith($"Pulling {Image}", StringComparison.Ordinal));
    }
}
