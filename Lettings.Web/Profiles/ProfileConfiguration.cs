using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lettings.Web.Profiles;

/// <summary>A profile belongs to one user account: deleting the user deletes the profile.</summary>
internal sealed class ProfileConfiguration : IEntityTypeConfiguration<Profile>
{
    public void Configure(EntityTypeBuilder<Profile> profile)
    {
        profile.ToTable("Profiles", table =>
            table.HasCheckConstraint("CK_Profiles_FavoriteCity", $"length(\"FavoriteCity\") <= {Profile.FavoriteCityMaxLength}"));

        profile.Property(p => p.FavoriteCity).HasMaxLength(Profile.FavoriteCityMaxLength);

        profile.HasOne(p => p.User)
            .WithOne(u => u.Profile)
            .HasForeignKey<Profile>(p => p.UserId)
            .IsRequired()
            .OnDelete(DeleteBehavior.Cascade);

        profile.HasIndex(p => p.UserId).IsUnique();

        // The back office's list sorts and filters by the favorite city, the id breaking ties (Admin/Profiles).
        profile.HasIndex(p => new { p.FavoriteCity, p.Id });
    }
}
