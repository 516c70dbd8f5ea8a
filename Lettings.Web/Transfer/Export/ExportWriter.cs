using System.Data;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Lettings.Web.Transfer.Format;

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
        // Through the execution strategy, which a retrying one (transient faults on a hosted PostgreSQL) requires of
        // every transaction the app opens. A retry writes the document again from its start, which a file allows;
        // a stream that cannot be rewound once written to is not written twice.
        var written = false;
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async attempt =>
        {
            if (written)
            {
                if (!output.CanSeek)
                {
                    throw new InvalidOperationException("The database failed during the export, after part of it was written.");
                }

                output.SetLength(0);
            }

            written = true;
            await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, attempt);
            var counts = new RecordCounts(
                await db.Addresses.CountAsync(attempt),
                await db.Lettings.CountAsync(attempt),
                await db.Roles.CountAsync(attempt),
                await db.Users.CountAsync(attempt),
                await db.Profiles.CountAsync(attempt),
                await db.AdminActions.CountAsync(attempt));

            await using var writer = new Utf8JsonWriter(output, ExportJsonContext.WriterOptions);
            writer.WriteStartObject();
            writer.WriteString(ExportFormat.FormatProperty, ExportFormat.Name);
            writer.WriteNumber(ExportFormat.VersionProperty, ExportFormat.Version);
            writer.WritePropertyName(ExportFormat.CountsProperty);
            JsonSerializer.Serialize(writer, counts, s_json.RecordCounts);

            await WriteSectionAsync(writer, ExportFormat.Addresses, ExportQueries.Addresses(db), s_json.AddressRecord, attempt);
            await WriteSectionAsync(writer, ExportFormat.Lettings, ExportQueries.Lettings(db), s_json.LettingRecord, attempt);
            await WriteSectionAsync(writer, ExportFormat.Roles, ExportQueries.Roles(db), s_json.RoleRecord, attempt);
            await WriteSectionAsync(writer, ExportFormat.Users, ExportQueries.Users(db), s_json.UserRecord, attempt);
            await WriteSectionAsync(writer, ExportFormat.Profiles, ExportQueries.Profiles(db), s_json.ProfileRecord, attempt);
            await WriteSectionAsync(writer, ExportFormat.AdminActions, ExportQueries.AdminActions(db), s_json.AdminActionRecord, attempt);

            writer.WriteEndObject();
            await writer.FlushAsync(attempt);
            await snapshot.CommitAsync(attempt);
            return counts;
        }, cancellationToken);
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
