using System.ComponentModel.DataAnnotations;

namespace Lettings.Web.Admin.Login;

public sealed class LoginForm
{
    [Required]
    [Display(Name = "Username")]
    public string Username { get; set; } = "";

    [Required]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = "";
}
