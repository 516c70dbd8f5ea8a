namespace Lettings.Web.Commands;

/// <summary>Heroku's release phase: the schema brought up to date before the new release serves.</summary>
public sealed class MigrateCommand(DatabaseMigrator migrator) : ISiteCommand
{
    public static string CommandName => "migrate";

    public static string Summary => "Applies pending migrations and seeds an empty database; safe to run again.";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        return 0;
    }
}
