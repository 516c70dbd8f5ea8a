namespace Lettings.Web.Profiles;

/// <summary>A member's public profile: exactly one user account and an optional favourite city.</summary>
public class Profile : IVersioned
{
    public const int FavoriteCityMaxLength = 64;

    public int Id { get; set; }

    /// <summary>Renewed on every save: the concurrency token of the back office's edit forms.</summary>
    [ConcurrencyCheck]
    public Guid Version { get; set; }

    [Display(Name = "User")]
    public int UserId { get; set; }

    public LettingsUser? User { get; set; }

    [Display(Name = "Favorite city")]
    [StringLength(FavoriteCityMaxLength)]
    public string? FavoriteCity { get; set; }

    public override string ToString() => User?.UserName ?? $"Profile {Id}";
}
