using Npgsql;

namespace Lettings.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the test script starts on 127.0.0.1. Its administrative connection string comes
/// from <c>LETTINGS_TEST_POSTGRES</c>; without it, tests that need PostgreSQL fail and say how to run them.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "LETTINGS_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"This test needs PostgreSQL: {Variable} is not set. Run ./test.sh, which installs and starts it.");

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix = "lettings_test")
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        var admin = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
