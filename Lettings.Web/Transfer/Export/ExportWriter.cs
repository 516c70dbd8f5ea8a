using System.Data;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lettings.Web.Data;
using Lettings.Web.Transfer.Format;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Transfer.Export;

/// <summary>
/// Writes the whole database as an export file: one consistent snapshot (a repeatable-read transaction), each
/// table streamed in id order from a no-tracking query straight into a <see cref="Utf8JsonWriter"/>, so memory
/// holds one record at a time whatever the size. The same data always gives the same bytes, whichever provider
/// it is read from.
/// </summary>
public sealed class ExportWriter(LettingsDbContext db)
{
    private const int FlushThreshold = 64 * 1024;

    private static readonly ExportJsonContext s_json = ExportJsonContext.Default;

    public async Task<RecordCounts> WriteAsync(Stream output, CancellationToken cancellationToken)
    {
        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var counts = new RecordCounts(
            await db.Addresses.CountAsync(cancellationToken),
            await db.Lettings.CountAsync(cancellationToken),
            await db.Roles.CountAsync(cancellationToken),
            await db.Users.CountAsync(cancellationToken),
            await db.Profiles.CountAsync(cancellationToken),
            await db.AdminActions.CountAsync(cancellationToken));

        await using var writer = new Utf8JsonWriter(output, ExportJsonContext.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString(ExportFormat.FormatProperty, ExportFormat.Name);
        writer.WriteNumber(ExportFormat.VersionProperty, ExportFormat.Version);
        writer.WritePropertyName(ExportFormat.CountsProperty);
        JsonSerializer.Serialize(writer, counts, s_json.RecordCounts);

        await WriteSectionAsync(writer, ExportFormat.Addresses, ExportQueries.Addresses(db), s_json.AddressRecord, cancellationToken);
        await WriteSectionAsync(writer, ExportFormat.Lettings, ExportQueries.Lettings(db), s_json.LettingRecord, cancellationToken);
        await WriteSectionAsync(writer, ExportFormat.Roles, ExportQueries.Roles(db), s_json.RoleRecord, cancellationToken);
        await WriteSectionAsync(writer, ExportFormat.Users, ExportQueries.Users(db), s_json.UserRecord, cancellationToken);
        await WriteSectionAsync(writer, ExportFormat.Profiles, ExportQueries.Profiles(db), s_json.ProfileRecord, cancellationToken);
        await WriteSectionAsync(writer, ExportFormat.AdminActions, ExportQueries.AdminActions(db), s_json.AdminActionRecord, cancellationToken);

        writer.WriteEndObject();
        await writer.FlushAsync(cancellationToken);
        await snapshot.CommitAsync(cancellationToken);
        return counts;
    }

    private static async Task WriteSectionAsync<T>(
        Utf8JsonWriter writer, string name, IAsyncEnumerable<T> records, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        writer.WriteStartArray(name);
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            JsonSerializer.Serialize(writer, record, type);
            if (writer.BytesPending > FlushThreshold)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }

        writer.WriteEndArray();
    }
}
