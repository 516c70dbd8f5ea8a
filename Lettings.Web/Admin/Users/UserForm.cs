namespace Lettings.Web.Admin.Users;

/// <summary>A user account as staff edit it. Identity adds its own checks on save (unique username, password rules).</summary>
public sealed class UserForm
{
    [Required]
    [StringLength(AccountRules.UsernameMaxLength)]
    [RegularExpression(AccountRules.UsernamePattern, ErrorMessage = AccountRules.UsernameMessage)]
    [Display(Name = "Username")]
    public string UserName { get; set; } = "";

    [EmailAddress]
    [StringLength(256)]
    [Display(Name = "Email")]
    public string? Email { get; set; }

    [StringLength(LettingsUser.NameMaxLength)]
    [Display(Name = "First name")]
    public string? FirstName { get; set; }

    [StringLength(LettingsUser.NameMaxLength)]
    [Display(Name = "Last name")]
    public string? LastName { get; set; }

    [Display(Name = "Staff (may use the back office)")]
    public bool IsStaff { get; set; }

    [Display(Name = "Administrator (manages user accounts and roles)")]
    public bool IsAdministrator { get; set; }

    /// <summary>
    /// Django's <c>is_active</c>: a deactivated account is kept (and its history) but cannot sign in. Ticked on the add
    /// page (<see cref="New"/>); posted, it is what the box says.
    /// </summary>
    [Display(Name = "Active (may sign in)")]
    public bool IsActive { get; set; }

    /// <summary>Empty leaves the current password (or none) in place.</summary>
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string? NewPassword { get; set; }

    public string? ConcurrencyStamp { get; set; }

    /// <summary>The add page's form: an active account.</summary>
    public static UserForm New() => new() { IsActive = true };

    public static UserForm From(LettingsUser user, bool isStaff, bool isAdministrator) => new()
    {
        UserName = user.UserName ?? "",
        Email = user.Email,
        FirstName = user.FirstName,
        LastName = user.LastName,
        IsStaff = isStaff,
        IsAdministrator = isAdministrator,
        IsActive = user.IsActive,
        ConcurrencyStamp = user.ConcurrencyStamp,
    };

    public void ApplyTo(LettingsUser user)
    {
        user.UserName = UserName.Trim();
        user.Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim();
        user.FirstName = FirstName?.Trim() ?? "";
        user.LastName = LastName?.Trim() ?? "";
        user.IsActive = IsActive;
    }
}
