namespace Lettings.Web.Admin.Account;

/// <summary>
/// The own-password form: the current password, then the new one twice. The length is checked here for the field
/// message; Identity's password validators (<see cref="AccountRules"/>) decide the rest when it is saved.
/// </summary>
public sealed class ChangePasswordForm
{
    public const string MismatchMessage = "The two new passwords differ.";

    [Required]
    [StringLength(AccountRules.PasswordMaxLength)]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Required]
    [StringLength(AccountRules.PasswordMaxLength, MinimumLength = AccountRules.MinimumPasswordLength)]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Required]
    [StringLength(AccountRules.PasswordMaxLength)]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = MismatchMessage)]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = "";
}
