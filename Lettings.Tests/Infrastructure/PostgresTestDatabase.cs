using Lettings.Web.Data;

namespace Lettings.Tests.Infrastructure;

/// <summary>A new database on the test PostgreSQL server, dropped afterwards.</summary>
public sealed class PostgresTestDatabase : TestDatabase
{
    private string? _connectionString;

    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException("The database is made by InitializeAsync, which has not run.");

    public override string Name => "PostgreSQL";

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [$"ConnectionStrings:{DatabaseChoice.ConnectionName}"] = ConnectionString,
    };

    public override async Task InitializeAsync() => _connectionString ??= await PostgresServer.CreateDatabaseAsync();

    public override async Task DisposeAsync()
    {
        if (_connectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(_connectionString);
        }
    }
}
