namespace Lettings.Web.Admin.Account;

/// <summary>A code from the authenticator app (6 digits; spaces and dashes are ignored), or a recovery code where the page takes one.</summary>
public sealed class TwoFactorCodeForm
{
    public const int MaxLength = 32;

    [Required]
    [StringLength(MaxLength)]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";

    /// <summary>The code as Identity compares it: without the spaces and dashes people type or apps show.</summary>
    public static string Normalized(string code) =>
        code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
}
