using Lettings.Web.Data;

namespace Lettings.Tests.Infrastructure;

/// <summary>A new database on the test PostgreSQL server, dropped afterwards.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly Lazy<Task<string>> _connectionString = new(() => PostgresServer.CreateDatabaseAsync());

    public string ConnectionString => _connectionString.Value.GetAwaiter().GetResult();

    public override string Name => "PostgreSQL";

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [$"ConnectionStrings:{DatabaseChoice.ConnectionName}"] = ConnectionString,
    };

    public override async ValueTask DisposeAsync()
    {
        if (_connectionString.IsValueCreated)
        {
            await PostgresServer.DropDatabaseAsync(await _connectionString.Value);
        }
    }
}
