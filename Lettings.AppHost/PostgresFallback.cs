namespace Lettings.AppHost;

/// <summary>
/// <c>Lettings:Postgres=auto</c>: PostgreSQL when the container runtime answers and has, or can pull, the image
/// Aspire asks for; else the site on its embedded SQLite database, so that the plain <c>dotnet run</c> still brings
/// up the dashboard and the site on a machine with no container engine or no registry, and the console says why.
/// </summary>
public static class PostgresFallback
{
    /// <summary>
    /// The PostgreSQL server, or null when the site is to run on SQLite. <paramref name="choice"/>: true for
    /// PostgreSQL without a check, false for SQLite, null for whichever the machine can run.
    /// </summary>
    public static async Task<IResourceBuilder<PostgresServerResource>?> AddPostgresOrFallBackAsync(
        this IDistributedApplicationBuilder builder, string name, bool? choice)
    {
        if (choice == false)
        {
            return null;
        }

        // Added first so that the image checked is the one Aspire itself would run.
        var postgres = builder.AddPostgres(name);
        if (choice == true || builder.ExecutionContext.IsPublishMode || !postgres.Resource.TryGetContainerImageName(out var image))
        {
            return postgres;
        }

        var runtime = ContainerImageProbe.Runtime(builder.Configuration);
        if (await ContainerImageProbe.WhyNotAsync(runtime, image, Console.WriteLine) is not { } reason)
        {
            return postgres;
        }

        // Left in the model, a container DCP cannot run would hold `migrate` and the site back for ever.
        builder.Resources.Remove(postgres.Resource);
        Console.Error.WriteLine(Warning(reason, runtime, image));
        return null;
    }

    public static string Warning(string reason, string runtime, string image) =>
        $"warn: PostgreSQL is not available, so the site runs on its embedded SQLite database: {reason}. "
        + $"For PostgreSQL, start a container engine ({runtime}; ASPIRE_CONTAINER_RUNTIME=podman chooses Podman) and give it the image: "
        + $"`{runtime} pull {image}`, or `{runtime} load` it from a machine that reaches a registry. "
        + "Then run again; `-- --Lettings:Postgres=true` insists on PostgreSQL, `-- --Lettings:Postgres=false` chooses SQLite without this check.";
}
