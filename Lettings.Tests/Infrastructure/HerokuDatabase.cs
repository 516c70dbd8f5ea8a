using Npgsql;

namespace Lettings.Tests.Infrastructure;

/// <summary>
/// A fresh database on the test PostgreSQL server, addressed the way Heroku Postgres addresses it: a
/// <c>postgres://user:password@host:port/database</c> URL. Also tells whether the site's connections to it use TLS.
/// </summary>
public sealed class HerokuDatabase : IAsyncDisposable
{
    private HerokuDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public string Name => new NpgsqlConnectionStringBuilder(ConnectionString).Database!;

    public static async Task<HerokuDatabase> CreateAsync() =>
        new(await PostgresServer.CreateDatabaseAsync("lettings_heroku"));

    /// <summary>The database as a Heroku <c>DATABASE_URL</c>, with an optional query (e.g. <c>?sslmode=disable</c>).</summary>
    public string Url(string query = "")
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"postgres://{Uri.EscapeDataString(builder.Username!)}:{Uri.EscapeDataString(builder.Password!)}"
            + $"@{builder.Host}:{builder.Port}/{Uri.EscapeDataString(builder.Database!)}{query}";
    }

    /// <summary>Whether each connection another client (the site) holds to this database is encrypted.</summary>
    public async Task<IReadOnlyList<bool>> SiteConnectionsUseTlsAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT s.ssl FROM pg_stat_ssl s JOIN pg_stat_activity a ON a.pid = s.pid "
            + "WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()", connection);
        var result = new List<bool>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetBoolean(0));
        }

        return result;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await PostgresServer.DropDatabaseAsync(ConnectionString);
}
