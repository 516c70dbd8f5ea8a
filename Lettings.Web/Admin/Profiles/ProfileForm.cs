using Lettings.Web.Profiles;

namespace Lettings.Web.Admin.Profiles;

[ModelMetadataType(typeof(Profile))]
public sealed class ProfileForm
{
    [Required(ErrorMessage = "Choose the user account of the profile.")]
    public int? UserId { get; set; }

    public string? FavoriteCity { get; set; }

    public Guid Version { get; set; }

    public static ProfileForm From(Profile profile) => new() { UserId = profile.UserId, FavoriteCity = profile.FavoriteCity, Version = profile.Version };

    public void ApplyTo(Profile profile) =>
        (profile.UserId, profile.FavoriteCity) = (UserId!.Value, string.IsNullOrWhiteSpace(FavoriteCity) ? null : FavoriteCity.Trim());
}
