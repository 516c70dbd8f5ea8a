namespace Lettings.Web.Data;

/// <summary>
/// A record edited in the back office. <see cref="Version"/> is an EF Core concurrency token the site
/// renews on every save (a GUID works the same on SQLite and PostgreSQL), so a save based on an older
/// version is refused instead of silently overwriting someone else's change.
/// </summary>
public interface IVersioned
{
    int Id { get; }

    Guid Version { get; set; }
}
