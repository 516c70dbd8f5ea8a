namespace Lettings.Web.Admin.Login;

/// <summary>Both fields are bounded: a longer value is a field error, read no further and never stored.</summary>
public sealed class LoginForm
{
    [Required]
    [StringLength(AccountRules.UsernameMaxLength)]
    [Display(Name = "Username")]
    public string Username { get; set; } = "";

    [Required]
    [StringLength(AccountRules.PasswordMaxLength)]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";
}
