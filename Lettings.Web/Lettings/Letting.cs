namespace Lettings.Web.Lettings;

/// <summary>A holiday home to let, at exactly one address.</summary>
public class Letting : IVersioned
{
    public const int TitleMaxLength = 256;

    public int Id { get; set; }

    /// <summary>Renewed on every save: the concurrency token of the back office's edit forms.</summary>
    [ConcurrencyCheck]
    public Guid Version { get; set; }

    [Required, StringLength(TitleMaxLength)]
    public string Title { get; set; } = "";

    [Display(Name = "Address")]
    public int AddressId { get; set; }

    public Address? Address { get; set; }

    public override string ToString() => Title;
}
