using Lettings.Web.Data;
using Microsoft.Data.Sqlite;

namespace Lettings.Tests.Infrastructure;

/// <summary>A SQLite file in a temporary folder of its own.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lettings-tests-").FullName;

    public string FilePath => Path.Combine(_folder, "lettings.db");

    public override string Name => "SQLite";

    public override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [DatabaseChoice.SqlitePathKey] = FilePath,
        [$"ConnectionStrings:{DatabaseChoice.ConnectionName}"] = "",
        [DatabaseUrl.VariableName] = "",
    };

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
