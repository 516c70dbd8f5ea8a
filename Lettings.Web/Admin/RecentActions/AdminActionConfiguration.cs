using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lettings.Web.Admin.RecentActions;

internal sealed class AdminActionConfiguration : IEntityTypeConfiguration<AdminAction>
{
    public void Configure(EntityTypeBuilder<AdminAction> action)
    {
        action.ToTable("AdminActions");
        action.Property(a => a.UserName).HasMaxLength(AdminAction.NameMaxLength);
        action.Property(a => a.RecordType).HasMaxLength(AdminAction.RecordTypeMaxLength);
        action.Property(a => a.RecordName).HasMaxLength(AdminAction.NameMaxLength);
        action.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);

        // The account may be deleted later; its actions stay, under the copied name.
        action.HasOne<LettingsUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.SetNull);

        action.HasMany(a => a.Changes).WithOne().HasForeignKey(c => c.AdminActionId).OnDelete(DeleteBehavior.Cascade);

        // A record's history page reads its entries by record.
        action.HasIndex(a => new { a.RecordType, a.RecordId });
    }
}
