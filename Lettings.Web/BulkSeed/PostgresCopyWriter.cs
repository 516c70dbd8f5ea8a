using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Lettings.Web.BulkSeed;

/// <summary>PostgreSQL's binary <c>COPY ... FROM STDIN</c>: rows streamed in one command.</summary>
public sealed class PostgresCopyWriter : IBulkWriter
{
    public async Task WriteAsync<TEntity>(DbTransaction transaction, TableColumns columns, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        var connection = (NpgsqlConnection)transaction.Connection!;
        var names = string.Join(", ", columns.Names.Select(Quote));
        await using var import = await connection.BeginBinaryImportAsync(
            $"COPY {Quote(columns.Table)} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await import.StartRowAsync(cancellationToken);
            for (var column = 0; column < columns.Count; column++)
            {
                await WriteValueAsync(import, columns.Value(row, column), cancellationToken);
            }
        }

        await import.CompleteAsync(cancellationToken);
    }

    public async Task AdvanceIdentityAsync(DbTransaction transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT setval(pg_get_serial_sequence(@table, 'Id'), (SELECT max(\"Id\") FROM {Quote(table)}))",
            (NpgsqlConnection)transaction.Connection!, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("table", Quote(table));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task AnalyzeAsync(DbConnection connection, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        // VACUUM sets the visibility map, so the list pages' key walks stay index-only; it cannot run in a transaction.
        await using var command = new NpgsqlCommand($"VACUUM ANALYZE {string.Join(", ", tables.Select(Quote))}", (NpgsqlConnection)connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // Binary COPY sends each value in its column type's wire format; text also fills varchar columns.
    private static Task WriteValueAsync(NpgsqlBinaryImporter import, object? value, CancellationToken cancellationToken) => value switch
    {
        null => import.WriteNullAsync(cancellationToken),
        int number => import.WriteAsync(number, NpgsqlDbType.Integer, cancellationToken),
        long number => import.WriteAsync(number, NpgsqlDbType.Bigint, cancellationToken),
        short number => import.WriteAsync(number, NpgsqlDbType.Smallint, cancellationToken),
        bool flag => import.WriteAsync(flag, NpgsqlDbType.Boolean, cancellationToken),
        string text => import.WriteAsync(text, NpgsqlDbType.Text, cancellationToken),
        Guid id => import.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken),
        DateTimeOffset time => import.WriteAsync(time.ToUniversalTime(), NpgsqlDbType.TimestampTz, cancellationToken),
        DateTime time => import.WriteAsync(time, time.Kind == DateTimeKind.Utc ? NpgsqlDbType.TimestampTz : NpgsqlDbType.Timestamp, cancellationToken),
        _ => throw new NotSupportedException($"No COPY format for {value.GetType().Name} values."),
    };

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
