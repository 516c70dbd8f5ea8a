using System.ComponentModel.DataAnnotations;
using Lettings.Web.Admin.Common;
using Lettings.Web.Profiles;
using Microsoft.AspNetCore.Mvc;

namespace Lettings.Web.Admin.Profiles;

[ModelMetadataType(typeof(Profile))]
public sealed class ProfileForm : IRecordForm<Profile>
{
    [Required(ErrorMessage = "Choose the user account of the profile.")]
    public int? UserId { get; set; }

    public string? FavoriteCity { get; set; }

    public Guid Version { get; set; }

    public void CopyFrom(Profile record) => (UserId, FavoriteCity, Version) = (record.UserId, record.FavoriteCity, record.Version);

    public void ApplyTo(Profile record) =>
        (record.UserId, record.FavoriteCity) = (UserId!.Value, string.IsNullOrWhiteSpace(FavoriteCity) ? null : FavoriteCity.Trim());
}
