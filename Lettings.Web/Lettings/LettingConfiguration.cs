using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lettings.Web.Lettings;

/// <summary>A letting owns its address one-to-one: deleting the address deletes the letting.</summary>
internal sealed class LettingConfiguration : IEntityTypeConfiguration<Letting>
{
    public void Configure(EntityTypeBuilder<Letting> letting)
    {
        letting.ToTable("Lettings", table =>
            table.HasCheckConstraint("CK_Lettings_Title", $"length(\"Title\") BETWEEN 1 AND {Letting.TitleMaxLength}"));

        letting.Property(l => l.Title).HasMaxLength(Letting.TitleMaxLength);

        letting.HasOne(l => l.Address)
            .WithOne(a => a.Letting)
            .HasForeignKey<Letting>(l => l.AddressId)
            .IsRequired()
            .OnDelete(DeleteBehavior.Cascade);

        letting.HasIndex(l => l.AddressId).IsUnique();

        // The back office's list sorts by title, the id breaking ties (Admin/Lettings).
        letting.HasIndex(l => new { l.Title, l.Id });
    }
}
