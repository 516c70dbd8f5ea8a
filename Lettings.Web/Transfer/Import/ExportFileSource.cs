using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lettings.Web.Transfer.Format;
using Lettings.Web.Transfer.Loading;

namespace Lettings.Web.Transfer.Import;

/// <summary>
/// Reads an export file into the loader as it goes: the header (format, version, counts), then each section in
/// the format's order. A file that is not an export, of another version, cut short, edited into invalid JSON, or
/// whose sections do not match the counts it announces is refused, naming the section and the record.
/// </summary>
internal sealed class ExportFileSource(string path)
{
    private static readonly ExportJsonContext s_json = ExportJsonContext.Default;

    public string Path { get; } = path;

    /// <summary>Checks the file's header before anything is written anywhere.</summary>
    public async Task<RecordCounts> CheckHeaderAsync(CancellationToken cancellationToken)
    {
        await using var file = Open();
        return await ReadHeaderAsync(new JsonStreamReader(file), cancellationToken);
    }

    public async Task CopyToAsync(DatabaseLoader loader, CancellationToken cancellationToken)
    {
        await using var file = Open();
        var json = new JsonStreamReader(file);
        var counts = await ReadHeaderAsync(json, cancellationToken);
        await SectionAsync(json, ExportFormat.Addresses, counts.Addresses, s_json.AddressRecord, r => r.Id, loader.AddAsync, cancellationToken);
        await SectionAsync(json, ExportFormat.Lettings, counts.Lettings, s_json.LettingRecord, r => r.Id, loader.AddAsync, cancellationToken);
        await SectionAsync(json, ExportFormat.Roles, counts.Roles, s_json.RoleRecord, r => r.Id, loader.AddAsync, cancellationToken);
        await SectionAsync(json, ExportFormat.Users, counts.Users, s_json.UserRecord, r => r.Id, loader.AddAsync, cancellationToken);
        await SectionAsync(json, ExportFormat.Profiles, counts.Profiles, s_json.ProfileRecord, r => r.Id, loader.AddAsync, cancellationToken);
        await SectionAsync(json, ExportFormat.AdminActions, counts.AdminActions, s_json.AdminActionRecord, r => r.Id, loader.AddAsync, cancellationToken);
        await Structure(json, "after the last section", async () =>
        {
            if (!await json.ReadAsync(cancellationToken))
            {
                throw Refused("the file ends too early (after the last section)");
            }

            if (json.TokenType != JsonTokenType.EndObject)
            {
                throw Refused($"after '{ExportFormat.AdminActions}' the document should end, but it goes on");
            }

            if (await json.ReadAsync(cancellationToken))
            {
                throw Refused("something follows the end of the document");
            }
        });
    }

    private FileStream Open()
    {
        try
        {
            return new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            throw new TransferRefusedException($"The export file {Path} cannot be read: {e.Message} Nothing was imported.");
        }
    }

    private async Task<RecordCounts> ReadHeaderAsync(JsonStreamReader json, CancellationToken cancellationToken)
    {
        RecordCounts? counts = null;
        await Structure(json, "in its header", async () =>
        {
            if (!await json.ReadAsync(cancellationToken) || json.TokenType != JsonTokenType.StartObject
                || !await json.ReadAsync(cancellationToken) || json.Text != ExportFormat.FormatProperty
                || !await json.ReadAsync(cancellationToken) || json.Text != ExportFormat.Name)
            {
                throw new TransferRefusedException(
                    $"{Path} is not an export of this site (it should start with {{\"{ExportFormat.FormatProperty}\": \"{ExportFormat.Name}\"). Nothing was imported.");
            }

            if (!await json.ReadAsync(cancellationToken) || json.Text != ExportFormat.VersionProperty
                || !await json.ReadAsync(cancellationToken) || json.Number is not int version)
            {
                throw Refused($"'{ExportFormat.VersionProperty}' should follow '{ExportFormat.FormatProperty}', as a whole number");
            }

            if (version != ExportFormat.Version)
            {
                throw new TransferRefusedException(
                    $"{Path} is an export in version {version} of the format; this site reads version {ExportFormat.Version}. "
                    + (version > ExportFormat.Version ? "Import it with the release that wrote it or a later one. " : "")
                    + "Nothing was imported.");
            }

            if (!await json.ReadAsync(cancellationToken) || json.Text != ExportFormat.CountsProperty)
            {
                throw Refused($"'{ExportFormat.CountsProperty}' should follow '{ExportFormat.VersionProperty}'");
            }

            counts = await RecordAsync(json, ExportFormat.CountsProperty, s_json.RecordCounts, null, cancellationToken);
        });
        return counts!;
    }

    private async Task SectionAsync<T>(
        JsonStreamReader json, string section, int announced, JsonTypeInfo<T> type, Func<T, int> idOf,
        Func<T, string, CancellationToken, Task> load, CancellationToken cancellationToken)
        where T : class
    {
        await Structure(json, $"before the section '{section}'", async () =>
        {
            if (!await json.ReadAsync(cancellationToken) || json.TokenType != JsonTokenType.PropertyName || json.Text != section)
            {
                throw Refused($"the section '{section}' should come next, but the file has {(json.Text is { } name ? $"'{name}'" : "no more sections")}");
            }

            if (!await json.ReadAsync(cancellationToken) || json.TokenType != JsonTokenType.StartArray)
            {
                throw Refused($"'{section}' should be a list of records");
            }
        });

        var (read, lastId) = (0, (int?)null);
        while (await RecordAsync(json, section, type, lastId, cancellationToken) is { } record)
        {
            read++;
            lastId = idOf(record);
            await load(record, section, cancellationToken);
        }

        if (read != announced)
        {
            throw Refused($"the header announces {announced} record(s) in '{section}' but the section holds {read}: records were added or removed by hand, or the file is damaged");
        }
    }

    // One record, or null at the end of its section.
    private async Task<T?> RecordAsync<T>(JsonStreamReader json, string section, JsonTypeInfo<T> type, int? previousId, CancellationToken cancellationToken)
        where T : class
    {
        var where = previousId is null ? $"the first record of '{section}'" : $"the record after id {previousId} of '{section}'";
        try
        {
            var (read, value) = await json.ReadValueAsync(type, cancellationToken);
            return read ? value ?? throw Refused($"{where} is null") : null;
        }
        catch (JsonRecordException e)
        {
            var record = e.Id is int id ? $"{section} id {id}" : where;
            throw Refused($"{record} cannot be read: {Plain(e.Message)}");
        }
        catch (JsonException e)
        {
            throw Truncated(json, where, e);
        }
    }

    private async Task Structure(JsonStreamReader json, string where, Func<Task> read)
    {
        try
        {
            await read();
        }
        catch (JsonException e)
        {
            throw Truncated(json, where, e);
        }
    }

    private TransferRefusedException Truncated(JsonStreamReader json, string where, JsonException e) => json.AtEndOfStream
        ? Refused($"the file ends too early ({where}): it is incomplete, cut short while it was written or copied")
        : Refused($"the JSON is broken ({where}): {Plain(e.Message)}");

    private TransferRefusedException Refused(string why) =>
        new($"The export file {Path} was refused: {why}. Nothing was imported.");

    // The serializer's messages end with positions inside the record (" Path: $.zipCode | LineNumber: 0 | ..."):
    // the property path is worth keeping, the byte positions are not.
    private static string Plain(string message)
    {
        var positions = message.IndexOf(" | LineNumber", StringComparison.Ordinal);
        return (positions < 0 ? message : message[..positions]).TrimEnd('.');
    }
}
