using System.ComponentModel.DataAnnotations;
using Lettings.Web.Admin.Common;
using Lettings.Web.Lettings;
using Microsoft.AspNetCore.Mvc;

namespace Lettings.Web.Admin.Lettings;

[ModelMetadataType(typeof(Letting))]
public sealed class LettingForm : IRecordForm<Letting>
{
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Choose the address of the letting.")]
    public int? AddressId { get; set; }

    public Guid Version { get; set; }

    public void CopyFrom(Letting record) => (Title, AddressId, Version) = (record.Title, record.AddressId, record.Version);

    public void ApplyTo(Letting record) => (record.Title, record.AddressId) = (Title.Trim(), AddressId!.Value);
}
