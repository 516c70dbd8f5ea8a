using Lettings.Tests.Pages;

namespace Lettings.Tests.Admin;

/// <summary>
/// The back office at scale: the bulk seed's 100 000 lettings and profiles (with their addresses and accounts), then
/// the last <see cref="Freed"/> lettings and profiles deleted, so that 20 000 addresses and accounts are free to pick.
/// </summary>
public abstract class LargeBackOfficeApp(TestDatabase database) : InstrumentedApp(database, bulkLettings: 100_000, bulkProfiles: 100_000)
{
    public const int Freed = 20_000;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(async db =>
        {
            var lettings = await db.Lettings.MaxAsync(l => l.Id) - Freed;
            var profiles = await db.Profiles.MaxAsync(p => p.Id) - Freed;
            return await db.Lettings.Where(l => l.Id > lettings).ExecuteDeleteAsync() + await db.Profiles.Where(p => p.Id > profiles).ExecuteDeleteAsync();
        });
        Sql.Clear();
    }
}

public sealed class LargeBackOfficeSqliteApp() : LargeBackOfficeApp(new SqliteTestDatabase());

public sealed class LargeBackOfficePostgresApp() : LargeBackOfficeApp(new PostgresTestDatabase());
