using System.ComponentModel.DataAnnotations;
using Lettings.Web.Profiles;
using Microsoft.AspNetCore.Identity;

namespace Lettings.Web.Accounts;

/// <summary>A user account (ASP.NET Core Identity) with the names the original's accounts carried.</summary>
public class LettingsUser : IdentityUser<int>
{
    public const int NameMaxLength = 150;

    [Display(Name = "First name")]
    [StringLength(NameMaxLength)]
    public string FirstName { get; set; } = "";

    [Display(Name = "Last name")]
    [StringLength(NameMaxLength)]
    public string LastName { get; set; } = "";

    [Display(Name = "Date joined")]
    public DateTimeOffset DateJoined { get; set; } = DateTimeOffset.UtcNow;

    public Profile? Profile { get; set; }
}
