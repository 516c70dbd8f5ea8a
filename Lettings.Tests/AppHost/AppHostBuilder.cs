extern alias AppHost;

using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Lettings.Tests.AppHost;

/// <summary>
/// The real Lettings.AppHost's app model for a test, without the dashboard, on random ports, and with PostgreSQL's
/// image taken from <see cref="ContainerImages.Postgres"/> when the test script set it (a local stand-in where no
/// registry answers). The AppHost itself is not changed: its users always get the image Aspire asks for.
/// </summary>
public static class AppHostBuilder
{
    public static async Task<IDistributedApplicationTestingBuilder> CreateAsync(string[] args, CancellationToken token)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<AppHost::Projects.Lettings_AppHost>(
            ["--DcpPublisher:RandomizePorts=true", .. args],
            (options, _) => options.DisableDashboard = true,
            token);

        if (ContainerImages.Postgres is { } image)
        {
            foreach (var postgres in builder.Resources.OfType<PostgresServerResource>())
            {
                builder.CreateResourceBuilder(postgres).WithImageRegistry(null).WithImage(image);
            }
        }

        return builder;
    }

    /// <summary>The image the PostgreSQL resource will run, failing the test when the engine does not have it.</summary>
    public static async Task<string> RequirePostgresImageAsync(IDistributedApplicationTestingBuilder builder)
    {
        var postgres = builder.Resources.OfType<PostgresServerResource>().Single();
        Assert.True(postgres.TryGetContainerImageName(out var image));
        await ContainerEngine.RequireImageAsync(image);
        return image;
    }
}
