using Lettings.Web.Transfer.Loading;
using Microsoft.Data.Sqlite;

namespace Lettings.Web.Transfer.Django;

/// <summary>
/// The original site's SQLite file, opened read-only (the file is never changed) and checked to be a Django
/// database of that site before anything is read from it.
/// </summary>
public sealed class DjangoDatabase : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, string> _tables;

    private DjangoDatabase(string path, SqliteConnection connection, Dictionary<string, string> tables) =>
        (Path, _connection, _tables) = (path, connection, tables);

    public string Path { get; }

    /// <summary>Opens and checks the file.</summary>
    /// <exception cref="TransferRefusedException">There is no such file, or it is not a Django database of this site.</exception>
    public static async Task<DjangoDatabase> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new TransferRefusedException($"There is no file {path}. Nothing was imported.");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var tables = await TablesAsync(connection, cancellationToken);
            await CheckSchemaAsync(connection, path, tables, cancellationToken);
            return new DjangoDatabase(path, connection, tables);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is 26 /* SQLITE_NOTADB */ or 11 /* SQLITE_CORRUPT */)
        {
            await connection.DisposeAsync();
            throw new TransferRefusedException($"{path} is not a SQLite database, so it is not a database of the original Django site. Nothing was imported.");
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public bool HasTable(string name) => _tables.ContainsKey(name);

    /// <summary>The table's name as the file spells it (Django wrote <c>lettings_Address</c>).</summary>
    public string TableName(string name) => _tables[name];

    public async Task<long> CountAsync(string table, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM \"{TableName(table)}\"";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Reads a table's rows in id order, one at a time.</summary>
    public async IAsyncEnumerable<DjangoRow> RowsAsync(
        string table, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        var columns = string.Join(", ", DjangoSchema.Required[table].Select(c => $"\"{c}\""));
        command.CommandText = $"SELECT {columns} FROM \"{TableName(table)}\" ORDER BY \"id\"";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return new DjangoRow(reader);
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private static async Task<Dictionary<string, string>> TablesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var tables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables[reader.GetString(0)] = reader.GetString(0);
        }

        return tables;
    }

    private static async Task CheckSchemaAsync(SqliteConnection connection, string path, Dictionary<string, string> tables, CancellationToken cancellationToken)
    {
        foreach (var (table, columns) in DjangoSchema.Required)
        {
            if (!tables.TryGetValue(table, out var actual))
            {
                throw NotThisSite(path, $"it has no table {table}");
            }

            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT name FROM pragma_table_info($table)";
            command.Parameters.AddWithValue("$table", actual);
            var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                present.Add(reader.GetString(0));
            }

            if (columns.FirstOrDefault(c => !present.Contains(c)) is { } missing)
            {
                throw NotThisSite(path, $"its table {actual} has no column {missing}");
            }
        }
    }

    private static TransferRefusedException NotThisSite(string path, string why) =>
        new($"{path} is not a database of the original Orange County Lettings Django site: {why} "
            + $"(expected the tables {string.Join(", ", DjangoSchema.Required.Keys)}). Nothing was imported.");
}
