using System.Diagnostics;
using Lettings.Web.Transfer.Format;
using Lettings.Web.Transfer.Loading;

namespace Lettings.Web.Transfer.Export;

/// <summary>
/// <c>export FILE</c>: the whole database into an export file. The file is written under a temporary name and only
/// renamed into place once complete, so a failed export never leaves a file that looks whole; it is readable by its
/// owner only, since it holds password hashes.
/// </summary>
public sealed class FileExport(ExportWriter writer)
{
    public async Task<ExportResult> RunAsync(string path, bool overwrite, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new TransferRefusedException($"The folder {folder} does not exist. Nothing was exported.");
        }

        if (File.Exists(target) && !overwrite)
        {
            throw new TransferRefusedException($"{target} already exists. Choose another name, or replace it with --force. Nothing was exported.");
        }

        var watch = Stopwatch.StartNew();
        var partial = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.partial");
        try
        {
            RecordCounts counts;
            await using (var file = new FileStream(partial, CreateOptions()))
            {
                counts = await writer.WriteAsync(file, cancellationToken);
            }

            File.Move(partial, target, overwrite: true);
            return new ExportResult(target, counts, new FileInfo(target).Length, watch.Elapsed);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static FileStreamOptions CreateOptions()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.SequentialScan };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }
}

public sealed record ExportResult(string Path, RecordCounts Counts, long Bytes, TimeSpan Elapsed);
