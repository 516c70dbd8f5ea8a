using Lettings.Web.Profiles;

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

    /// <summary>
    /// Django's <c>is_active</c>: an inactive account keeps its data but cannot sign in
    /// (<see cref="LettingsSignInManager"/> refuses it, and ends its sessions at the next stamp check).
    /// </summary>
    [Display(Name = "Active")]
    public bool IsActive { get; set; } = true;

    /// <summary>Django's <c>last_login</c>: set on every successful sign-in.</summary>
    [Display(Name = "Last sign-in")]
    public DateTimeOffset? LastSignIn { get; set; }

    public Profile? Profile { get; set; }
}
