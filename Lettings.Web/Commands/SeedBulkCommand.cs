using Lettings.Web.BulkSeed;

namespace Lettings.Web.Commands;

/// <summary>A made-up catalogue for measuring at scale, on top of the original data (see <see cref="BulkSeeder"/>).</summary>
public sealed class SeedBulkCommand(BulkSeeder seeder, DatabaseStartup database) : ISiteCommand
{
    public static string CommandName => "seed-bulk";

    public static string Summary => "Adds N made-up lettings and N profiles for benchmarks; refuses a database with real data unless --force.";

    [Range(0, 10_000_000)]
    [Display(Prompt = "N")]
    public int Lettings { get; set; }

    [Range(0, 10_000_000)]
    [Display(Prompt = "N")]
    public int Profiles { get; set; }

    public bool Force { get; set; }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await database.PrepareAsync(cancellationToken);
        if (await seeder.SeedAsync(Lettings, Profiles, Force, cancellationToken))
        {
            Console.WriteLine($"Added {Lettings} lettings and {Profiles} profiles.");
            return 0;
        }

        await Console.Error.WriteLineAsync("The database holds more than the original data: nothing was added. Add --force to add anyway.");
        return 1;
    }
}
