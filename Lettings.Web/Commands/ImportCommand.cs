using Lettings.Web.Transfer.Import;

namespace Lettings.Web.Commands;

/// <summary>Loads an export file (see docs/operations.md) into an empty database.</summary>
public sealed class ImportCommand(FileImport import) : ISiteCommand
{
    public static string CommandName => "import";

    public static string Summary => "Loads an export file into an empty database, all or nothing.";

    [Operand]
    [Required]
    [Display(Prompt = "FILE")]
    public string File { get; set; } = "";

    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        TransferCommandOutput.RunAsync(async () => (await import.RunAsync(File, cancellationToken)).WriteTo(Console.Out));
}
