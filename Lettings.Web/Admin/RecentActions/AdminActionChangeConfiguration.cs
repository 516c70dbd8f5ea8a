using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lettings.Web.Admin.RecentActions;

internal sealed class AdminActionChangeConfiguration : IEntityTypeConfiguration<AdminActionChange>
{
    public void Configure(EntityTypeBuilder<AdminActionChange> change)
    {
        change.ToTable("AdminActionChanges");
        change.Property(c => c.Field).HasMaxLength(AdminActionChange.FieldMaxLength);
        change.Property(c => c.OldValue).HasMaxLength(AdminActionChange.ValueMaxLength);
        change.Property(c => c.NewValue).HasMaxLength(AdminActionChange.ValueMaxLength);
    }
}
