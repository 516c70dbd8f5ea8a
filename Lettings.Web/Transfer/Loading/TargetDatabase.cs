namespace Lettings.Web.Transfer.Loading;

/// <summary>The database an import loads into: it must be empty, and afterwards its id sequences must follow the imported ids.</summary>
public sealed class TargetDatabase(LettingsDbContext db, DatabaseChoice choice)
{
    public string Description => choice.Describe();

    /// <summary>Refuses a database that holds any record: an import never mixes with or overwrites data.</summary>
    public async Task EnsureEmptyAsync(CancellationToken cancellationToken)
    {
        var counts = new (string What, int Count)[]
        {
            ("addresses", await db.Addresses.CountAsync(cancellationToken)),
            ("lettings", await db.Lettings.CountAsync(cancellationToken)),
            ("roles", await db.Roles.CountAsync(cancellationToken)),
            ("user accounts", await db.Users.CountAsync(cancellationToken)),
            ("profiles", await db.Profiles.CountAsync(cancellationToken)),
            ("recent actions", await db.AdminActions.CountAsync(cancellationToken)),
        };
        var held = counts.Where(c => c.Count > 0).Select(c => $"{c.Count} {c.What}").ToList();
        if (held.Count == 0)
        {
            return;
        }

        var advice = choice.Provider == DatabaseProvider.Sqlite
            ? $"Import into a new file: delete {new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(choice.ConnectionString).DataSource} "
                + "or point Database__SqlitePath elsewhere, and import before the site first starts (it fills an empty database with the original sample data)."
            : "Import into a new, empty PostgreSQL database (on Heroku: heroku pg:reset, with Database__Seed=false so that the release phase does not fill it first).";
        throw new TransferRefusedException(
            $"{choice.Describe()} already holds records ({string.Join(", ", held)}): an import only loads into an empty database, "
            + $"so that nothing is mixed or overwritten. Nothing was imported. {advice}");
    }

    /// <summary>
    /// PostgreSQL's identity columns do not notice explicit ids: each sequence is moved past the largest imported
    /// id, or the next record added in the back office would collide. SQLite follows by itself.
    /// </summary>
    public async Task MoveSequencesAsync(CancellationToken cancellationToken)
    {
        if (choice.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        foreach (var entity in db.Model.GetEntityTypes())
        {
            if (entity.FindPrimaryKey()?.Properties is not [{ ClrType: var type, ValueGenerated: not Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never } key]
                || type != typeof(int) || entity.GetTableName() is not { } table)
            {
                continue;
            }

            // Names from the model, never from input.
            var column = key.GetColumnName();
            var sql = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE(MAX(\"{column}\"), 0) + 1, false) FROM \"{table}\"";
            await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }
    }
}
