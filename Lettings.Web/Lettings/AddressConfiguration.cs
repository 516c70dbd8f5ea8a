using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Lettings.Web.Lettings;

/// <summary>The original's address rules as database constraints, in SQL both SQLite and PostgreSQL accept.</summary>
internal sealed class AddressConfiguration : IEntityTypeConfiguration<Address>
{
    public void Configure(EntityTypeBuilder<Address> address)
    {
        address.ToTable("Addresses", table =>
        {
            table.HasCheckConstraint("CK_Addresses_Number", $"\"Number\" BETWEEN 1 AND {Address.MaxNumber}");
            table.HasCheckConstraint("CK_Addresses_ZipCode", $"\"ZipCode\" BETWEEN 1 AND {Address.MaxZipCode}");
            table.HasCheckConstraint("CK_Addresses_Street", $"length(\"Street\") BETWEEN 1 AND {Address.StreetMaxLength}");
            table.HasCheckConstraint("CK_Addresses_City", $"length(\"City\") BETWEEN 1 AND {Address.CityMaxLength}");
            table.HasCheckConstraint("CK_Addresses_State", $"length(\"State\") = {Address.StateLength}");
            table.HasCheckConstraint("CK_Addresses_CountryIsoCode", $"length(\"CountryIsoCode\") = {Address.CountryIsoCodeLength}");
        });

        address.Property(a => a.Street).HasMaxLength(Address.StreetMaxLength);
        address.Property(a => a.City).HasMaxLength(Address.CityMaxLength);
        address.Property(a => a.State).HasMaxLength(Address.StateLength);
        address.Property(a => a.CountryIsoCode).HasMaxLength(Address.CountryIsoCodeLength);

        // The back office's list sorts and filters by each column, the id breaking ties (Admin/Addresses); the
        // lettings list sorts and filters by the street, city and state through these too.
        address.HasIndex(a => new { a.Street, a.Id });
        address.HasIndex(a => new { a.City, a.Id });
        address.HasIndex(a => new { a.State, a.Id });
        address.HasIndex(a => new { a.ZipCode, a.Id });
        address.HasIndex(a => new { a.CountryIsoCode, a.Id });
    }
}
