using Lettings.AppHost;

var builder = DistributedApplication.CreateBuilder(args);
AppHostSettings settings;
try
{
    settings = AppHostSettings.From(builder.Configuration);
}
catch (FormatException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 1;
}

var web = builder.AddProject<Projects.Lettings_Web>("web")
    .WithHttpHealthCheck("/health")
    .WithExternalHttpEndpoints();
if (settings.WebPort is int port)
{
    web.WithEndpoint("http", endpoint => endpoint.Port = port);
}

// PostgreSQL with the database the site reads (connection "lettings"). Its password is generated once and kept in
// this checkout's user secrets, as its data volume is named after this checkout.
var postgres = await builder.AddPostgresOrFallBackAsync("postgres", settings.Postgres);
if (postgres is not null)
{
    if (settings.DataVolume)
    {
        var volume = VolumeNameGenerator.Generate(postgres, "data");
        postgres.WithDataVolume(volume).WithPasswordCheck(volume);
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
return 0;
