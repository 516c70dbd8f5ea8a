using System.ComponentModel.DataAnnotations;
using Lettings.Web.Admin.Common;
using Lettings.Web.Lettings;
using Microsoft.AspNetCore.Mvc;

namespace Lettings.Web.Admin.Addresses;

/// <summary>The address form; its rules and labels are the entity's own (<see cref="ModelMetadataTypeAttribute"/>).</summary>
[ModelMetadataType(typeof(Address))]
public sealed class AddressForm : IRecordForm<Address>
{
    [Required]
    public int? Number { get; set; }

    public string Street { get; set; } = "";

    public string City { get; set; } = "";

    public string State { get; set; } = "";

    [Required]
    public int? ZipCode { get; set; }

    public string CountryIsoCode { get; set; } = "";

    public Guid Version { get; set; }

    public void CopyFrom(Address record)
    {
        (Number, Street, City, State, ZipCode, CountryIsoCode) =
            (record.Number, record.Street, record.City, record.State, record.ZipCode, record.CountryIsoCode);
        Version = record.Version;
    }

    public void ApplyTo(Address record)
    {
        record.Number = Number!.Value;
        record.Street = Street.Trim();
        record.City = City.Trim();
        record.State = State.Trim().ToUpperInvariant();
        record.ZipCode = ZipCode!.Value;
        record.CountryIsoCode = CountryIsoCode.Trim().ToUpperInvariant();
    }
}
