using Microsoft.Data.Sqlite;

namespace Lettings.Tests.Transfer;

/// <summary>
/// The original site's Django database (<c>Transfer/Fixtures/original-django.sqlite3</c>), or a private copy of it
/// changed by a few SQL statements: the way to a database with broken rows or other password hashes.
/// </summary>
public sealed class DjangoDatabaseFile : IDisposable
{
    private readonly string _folder;

    private DjangoDatabaseFile(string folder, string path) => (_folder, Path) = (folder, path);

    /// <summary>The fixture itself (read-only: an import never writes to its source).</summary>
    public static string Original { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Transfer", "Fixtures", "original-django.sqlite3");

    public string Path { get; }

    public static DjangoDatabaseFile CopyWith(params string[] statements)
    {
        var folder = Directory.CreateTempSubdirectory("lettings-django-").FullName;
        var path = System.IO.Path.Combine(folder, "db.sqlite3");
        File.Copy(Original, path);
        // Foreign keys off: a damaged or hand-edited file can hold a dangling reference, which the import must catch.
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = false }.ConnectionString);
        connection.Open();
        foreach (var statement in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement;
            command.ExecuteNonQuery();
        }

        return new DjangoDatabaseFile(folder, path);
    }

    /// <summary>A file of the given content in a folder of its own (not a database, or not this site's).</summary>
    public static DjangoDatabaseFile Other(Action<string> write)
    {
        var folder = Directory.CreateTempSubdirectory("lettings-django-").FullName;
        var path = System.IO.Path.Combine(folder, "other.sqlite3");
        write(path);
        return new DjangoDatabaseFile(folder, path);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
