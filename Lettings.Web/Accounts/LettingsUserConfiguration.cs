using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lettings.Web.Accounts;

internal sealed class LettingsUserConfiguration : IEntityTypeConfiguration<LettingsUser>
{
    public void Configure(EntityTypeBuilder<LettingsUser> user)
    {
        user.Property(u => u.FirstName).HasMaxLength(LettingsUser.NameMaxLength);
        user.Property(u => u.LastName).HasMaxLength(LettingsUser.NameMaxLength);
    }
}
