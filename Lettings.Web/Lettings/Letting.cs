using System.ComponentModel.DataAnnotations;

namespace Lettings.Web.Lettings;

/// <summary>A holiday home to let, at exactly one address.</summary>
public class Letting
{
    public const int TitleMaxLength = 256;

    public int Id { get; set; }

    [Required, StringLength(TitleMaxLength)]
    public string Title { get; set; } = "";

    [Display(Name = "Address")]
    public int AddressId { get; set; }

    public Address? Address { get; set; }

    public override string ToString() => Title;
}
