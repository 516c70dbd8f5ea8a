using Lettings.Web.Lettings;

namespace Lettings.Web.Admin.Lettings;

[ModelMetadataType(typeof(Letting))]
public sealed class LettingForm
{
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Choose the address of the letting.")]
    public int? AddressId { get; set; }

    public Guid Version { get; set; }

    public static LettingForm From(Letting letting) => new() { Title = letting.Title, AddressId = letting.AddressId, Version = letting.Version };

    public void ApplyTo(Letting letting) => (letting.Title, letting.AddressId) = (Title.Trim(), AddressId!.Value);
}
