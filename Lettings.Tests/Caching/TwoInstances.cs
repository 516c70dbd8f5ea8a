namespace Lettings.Tests.Caching;

/// <summary>Two instances of the site on one PostgreSQL database, as two Heroku dynos are: each with its own output cache.</summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new();

    public TwoInstances()
    {
        First = new LettingsApp(_database);
        Second = new LettingsApp(_database);
    }

    public LettingsApp First { get; }

    public LettingsApp Second { get; }

    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await First.InitializeAsync();
        await Second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await _database.DisposeAsync();
    }
}
