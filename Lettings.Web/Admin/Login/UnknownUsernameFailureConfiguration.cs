using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lettings.Web.Admin.Login;

internal sealed class UnknownUsernameFailureConfiguration : IEntityTypeConfiguration<UnknownUsernameFailure>
{
    public void Configure(EntityTypeBuilder<UnknownUsernameFailure> failure)
    {
        failure.ToTable("UnknownUsernameFailures");
        failure.HasKey(f => f.NormalizedUserName);
        failure.Property(f => f.NormalizedUserName).HasMaxLength(UnknownUsernameFailure.NameMaxLength);

        // Purged and capped oldest first.
        failure.HasIndex(f => f.LastFailure);
    }
}
