using Lettings.Web.Admin.History;
using Lettings.Web.Lettings;
using Lettings.Web.Profiles;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Lettings.Web.Data;

/// <summary>
/// The site's one database: the catalogue (addresses, lettings, profiles), the Identity accounts, the back
/// office's recent actions, the server-side sign-in sessions and failures under unknown names, and the Data Protection
/// keys (so sign-ins survive restarts and span instances).
/// Each provider has its own subclass so that its migrations live apart (EF Core's multiple-providers pattern).
/// </summary>
public abstract class LettingsDbContext(DbContextOptions options)
    : IdentityDbContext<LettingsUser, IdentityRole<int>, int>(options), IDataProtectionKeyContext
{
    public DbSet<Address> Addresses => Set<Address>();

    public DbSet<Letting> Lettings => Set<Letting>();

    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<AdminAction> AdminActions => Set<AdminAction>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Set while the back office records what it changes (<see cref="AdminActionLog"/>): each save then notes its field
    /// changes there. Off for everything else (imports, seeding), which would only fill it.
    /// </summary>
    public ChangeCapture? ChangeCapture { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        ChangeTracker.StampVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.StampVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LettingsDbContext).Assembly);
    }
}
