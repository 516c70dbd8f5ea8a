using Lettings.Web.Transfer.Django;

namespace Lettings.Web.Commands;

/// <summary>Takes over the original Django site's database; see docs/operations.md.</summary>
public sealed class ImportDjangoCommand(DjangoImport import) : ISiteCommand
{
    public static string CommandName => "import-django";

    public static string Summary =>
        "Loads the original Django site's SQLite database (PATH, or - for standard input) into an empty database, all or nothing.";

    [Operand]
    [Required]
    [Display(Prompt = "PATH")]
    public string Path { get; set; } = "";

    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        TransferCommandOutput.RunAsync(async () => (await import.RunAsync(Path, cancellationToken)).WriteTo(Console.Out));
}
