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

        // The back office's users list sorts by these columns and filters by the active flag, the id breaking ties
        // (Admin/Users); the profiles list sorts by username and first name through them too.
        user.HasIndex(u => new { u.UserName, u.Id });
        user.HasIndex(u => new { u.Email, u.Id });
        user.HasIndex(u => new { u.FirstName, u.Id });
        user.HasIndex(u => new { u.IsActive, u.Id });
        user.HasIndex(u => new { u.DateJoined, u.Id });
        user.HasIndex(u => new { u.LastSignIn, u.Id });
    }
}
