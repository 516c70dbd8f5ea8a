using Lettings.AppHost;

var builder = DistributedApplication.CreateBuilder(args);
var settings = AppHostSettings.From(builder.Configuration);

var web = builder.AddProject<Projects.Lettings_Web>("web")
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();

if (settings.Postgres)
{
    // PostgreSQL with the database the site reads (connection "lettings"), its data kept in a volume between runs.
    var postgres = builder.AddPostgres("postgres");
    if (settings.DataVolume)
    {
        postgres.WithDataVolume();
    }

    if (settings.PgAdmin)
    {
        postgres.WithPgAdmin();
    }

    var lettings = postgres.AddDatabase("lettings");

    // Schema and original data first: the site's own `migrate` command, run once to completion.
    var migrate = builder.AddProject<Projects.Lettings_Web>("migrate", launchProfileName: null)
        .WithArgs("migrate")
        .WithReference(lettings)
        .WaitFor(lettings);

    web.WithReference(lettings)
        .WaitFor(lettings)
        .WaitForCompletion(migrate);
}

await builder.Build().RunAsync();
