namespace Lettings.Web.Lettings;

/// <summary>A postal address in the United States style of the original site.</summary>
public class Address : IVersioned
{
    public const int StreetMaxLength = 64;
    public const int CityMaxLength = 64;
    public const int StateLength = 2;
    public const int CountryIsoCodeLength = 3;
    public const int MaxNumber = 9999;
    public const int MaxZipCode = 99999;

    public int Id { get; set; }

    /// <summary>Renewed on every save: the concurrency token of the back office's edit forms.</summary>
    [ConcurrencyCheck]
    public Guid Version { get; set; }

    [Range(1, MaxNumber)]
    public int Number { get; set; }

    [Required, StringLength(StreetMaxLength)]
    public string Street { get; set; } = "";

    [Required, StringLength(CityMaxLength)]
    public string City { get; set; } = "";

    [Required, StringLength(StateLength, MinimumLength = StateLength)]
    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "The state must be exactly 2 letters.")]
    public string State { get; set; } = "";

    [Display(Name = "Zip code")]
    [Range(1, MaxZipCode)]
    public int ZipCode { get; set; }

    [Display(Name = "Country ISO code")]
    [Required, StringLength(CountryIsoCodeLength, MinimumLength = CountryIsoCodeLength)]
    [RegularExpression("^[A-Za-z]{3}$", ErrorMessage = "The country ISO code must be exactly 3 letters.")]
    public string CountryIsoCode { get; set; } = "";

    /// <summary>The letting at this address, if any (one-to-one).</summary>
    public Letting? Letting { get; set; }

    public override string ToString() => $"{Number} {Street}";
}
