using Lettings.Web.Transfer.Loading;

namespace Lettings.Web.Transfer.Django;

/// <summary><c>import-django PATH</c>: the original site's SQLite file (or standard input, <c>-</c>) into an empty database.</summary>
public sealed class DjangoImport(ImportRunner runner)
{
    public const string StandardInput = "-";

    public async Task<ImportReport> RunAsync(string path, CancellationToken cancellationToken)
    {
        string? copy = null;
        try
        {
            if (path == StandardInput)
            {
                // SQLite reads a file it can seek in; `heroku run ... < file` gives a stream. The copy is private
                // to this user (it holds password hashes) and removed afterwards.
                copy = Path.GetTempFileName();
                await using var file = File.Create(copy);
                await using var input = Console.OpenStandardInput();
                await input.CopyToAsync(file, cancellationToken);
            }

            await using var django = await DjangoDatabase.OpenAsync(copy ?? path, cancellationToken);
            var name = copy is null ? Path.GetFileName(path) : "from standard input";
            return await runner.RunAsync($"the Django database {name}", new DjangoSource(django).CopyToAsync, cancellationToken);
        }
        finally
        {
            if (copy is not null)
            {
                File.Delete(copy);
            }
        }
    }
}
