using Lettings.Web.Transfer.Loading;

namespace Lettings.Web.Transfer.Import;

/// <summary><c>import FILE</c>: an export file into an empty database, with the refusals of every import.</summary>
public sealed class FileImport(ImportRunner runner)
{
    public async Task<ImportReport> RunAsync(string path, CancellationToken cancellationToken)
    {
        var source = new ExportFileSource(path);

        // A file that is not an export at all, or of another version, is refused before the database is touched.
        await source.CheckHeaderAsync(cancellationToken);
        return await runner.RunAsync($"the export file {Path.GetFileName(path)}", source.CopyToAsync, cancellationToken);
    }
}
