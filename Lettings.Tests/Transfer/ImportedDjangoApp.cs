using Lettings.Web.Accounts;
using Lettings.Web.Commands;

namespace Lettings.Tests.Transfer;

/// <summary>
/// The site on a database that <c>import-django</c> filled from the original Django database (or a copy of it
/// changed by <paramref name="changes"/>), run as a real process before the site starts (and never seeded).
/// Keeps the command's output and the accounts as imported.
/// </summary>
public class ImportedDjangoApp(TestDatabase database, params string[] changes) : LettingsApp(database, seed: false)
{
    public CommandResult Import { get; private set; } = null!;

    /// <summary>The accounts straight after the import, before any test signed in with them.</summary>
    public IReadOnlyList<LettingsUser> AccountsAsImported { get; private set; } = [];

    public override async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        using (var source = changes.Length == 0 ? null : DjangoDatabaseFile.CopyWith(changes))
        {
            Import = await WebProcess.RunAsync(
                WebProcess.EnvironmentFor(Database), null, ImportDjangoCommand.CommandName, source?.Path ?? DjangoDatabaseFile.Original);
        }

        Assert.True(Import.ExitCode == 0, Import.ToString());
        await base.InitializeAsync();
        AccountsAsImported = await WithDbAsync(db => db.Users.AsNoTracking().OrderBy(u => u.Id).ToListAsync());
    }
}

public sealed class ImportedDjangoSqliteApp() : ImportedDjangoApp(new SqliteTestDatabase());

public sealed class ImportedDjangoPostgresApp() : ImportedDjangoApp(new PostgresTestDatabase());
