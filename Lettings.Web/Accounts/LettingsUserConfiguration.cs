using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lettings.Web.Accounts;

internal sealed class LettingsUserConfiguration : IEntityTypeConfiguration<LettingsUser>
{
    public void Configure(EntityTypeBuilder<LettingsUser> user)
    {
        user.Property(u => u.FirstName).HasMaxLength(LettingsUser.NameMaxLength);
        user.Property(u => u.LastName).HasMaxLength(LettingsUser.NameMaxLength);

        // Accounts that existed before the flag are active. The value is always written on insert
        // (ValueGeneratedNever), so an account created inactive is not turned active by the default.
        user.Property(u => u.IsActive).HasDefaultValue(true).ValueGeneratedNever();
    }
}
