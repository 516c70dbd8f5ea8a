using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lettings.Web.Accounts.Sessions;

internal sealed class BackOfficeSessionConfiguration : IEntityTypeConfiguration<BackOfficeSession>
{
    public const string Table = "BackOfficeSessions";

    public void Configure(EntityTypeBuilder<BackOfficeSession> session)
    {
        session.ToTable(Table);
        session.HasKey(s => s.Key);
        session.Property(s => s.Key).HasMaxLength(BackOfficeSession.KeyLength);

        // Deleting an account deletes its sessions.
        session.HasOne<LettingsUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);

        // Expired sessions are purged by time.
        session.HasIndex(s => s.Expires);
    }
}
