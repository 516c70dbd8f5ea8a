using System.Data.Common;

namespace Lettings.Web.BulkSeed;

/// <summary>SQLite: one prepared INSERT run for every row, all in the caller's transaction (one journal write).</summary>
public sealed class SqliteInsertWriter : IBulkWriter
{
    public async Task WriteAsync<TEntity>(DbTransaction transaction, TableColumns columns, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var names = string.Join(", ", columns.Names.Select(Quote));
        var values = string.Join(", ", Enumerable.Range(0, columns.Count).Select(i => $"$p{i}"));
        command.CommandText = $"INSERT INTO {Quote(columns.Table)} ({names}) VALUES ({values})";

        DbParameter[]? parameters = null;
        foreach (var row in rows)
        {
            // Created from the first row through EF Core's own type mappings, so values are stored as EF Core stores them.
            parameters ??= [.. Enumerable.Range(0, columns.Count).Select(i => AddParameter(command, columns, row, i))];
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i].Value = columns.Value(row, i) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // AUTOINCREMENT keeps its counter past the largest id inserted, explicit ones included.
    public Task AdvanceIdentityAsync(DbTransaction transaction, string table, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task AnalyzeAsync(DbConnection connection, IEnumerable<string> tables, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = string.Join("; ", tables.Select(table => $"ANALYZE {Quote(table)}"));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbParameter AddParameter(DbCommand command, TableColumns columns, object row, int column)
    {
        var parameter = columns.Mapping(column).CreateParameter(command, $"$p{column}", columns.ClrValue(row, column), nullable: true);
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
