using Lettings.Web.Transfer.Export;

namespace Lettings.Web.Commands;

/// <summary>Writes the whole database to a portable export file, which holds password hashes: keep it like a secret.</summary>
public sealed class ExportCommand(FileExport export) : ISiteCommand
{
    public static string CommandName => "export";

    public static string Summary => "Writes every record (password hashes included: keep it secret) to an export file; --force replaces FILE.";

    public bool Force { get; set; }

    [Operand]
    [Required]
    [Display(Prompt = "FILE")]
    public string File { get; set; } = "";

    public Task<int> RunAsync(CancellationToken cancellationToken) => TransferCommandOutput.RunAsync(async () =>
    {
        var result = await export.RunAsync(File, Force, cancellationToken);
        var c = result.Counts;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Exported {c.Total} records ({c.Addresses} addresses, {c.Lettings} lettings, {c.Roles} roles, {c.Users} user accounts, "
            + $"{c.Profiles} profiles, {c.AdminActions} recent actions) to {result.Path}: {result.Bytes} bytes in {result.Elapsed.TotalSeconds:0.0} s."));
        Console.WriteLine("The file holds password hashes: keep it where only operators can read it.");
    });
}
