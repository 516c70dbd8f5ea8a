using Lettings.Web.Lettings;

namespace Lettings.Web.Admin.Addresses;

/// <summary>The address form; its rules and labels are the entity's own (<see cref="ModelMetadataTypeAttribute"/>).</summary>
[ModelMetadataType(typeof(Address))]
public sealed class AddressForm
{
    // Nullable, so that an empty field is "required" rather than a failed conversion to a number.
    [Required]
    public int? Number { get; set; }

    public string Street { get; set; } = "";

    public string City { get; set; } = "";

    public string State { get; set; } = "";

    [Required]
    public int? ZipCode { get; set; }

    public string CountryIsoCode { get; set; } = "";

    public Guid Version { get; set; }

    public static AddressForm From(Address address) => new()
    {
        Number = address.Number,
        Street = address.Street,
        City = address.City,
        State = address.State,
        ZipCode = address.ZipCode,
        CountryIsoCode = address.CountryIsoCode,
        Version = address.Version,
    };

    public void ApplyTo(Address address)
    {
        address.Number = Number!.Value;
        address.Street = Street.Trim();
        address.City = City.Trim();
        address.State = State.Trim().ToUpperInvariant();
        address.ZipCode = ZipCode!.Value;
        address.CountryIsoCode = CountryIsoCode.Trim().ToUpperInvariant();
    }
}
