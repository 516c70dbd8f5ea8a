using Lettings.Web.Accounts;
using Lettings.Web.Lettings;
using Lettings.Web.Profiles;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Data;

/// <summary>
/// The site's one database: the catalogue (addresses, lettings, profiles) and the Identity accounts.
/// Each provider has its own subclass so that its migrations live apart (EF Core's multiple-providers pattern).
/// </summary>
public abstract class LettingsDbContext(DbContextOptions options)
    : IdentityDbContext<LettingsUser, IdentityRole<int>, int>(options)
{
    public DbSet<Address> Addresses => Set<Address>();

    public DbSet<Letting> Lettings => Set<Letting>();

    public DbSet<Profile> Profiles => Set<Profile>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LettingsDbContext).Assembly);
    }
}
