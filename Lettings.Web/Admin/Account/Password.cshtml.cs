namespace Lettings.Web.Admin.Account;

/// <summary>
/// Change your own password: the current one first, then the new one twice, under Identity's password rules. The
/// change renews the account's security stamp, so every other session of the account is signed out while this one
/// stays signed in.
/// </summary>
public sealed class PasswordModel(UserManager<LettingsUser> users, OwnAccount account) : PageModel
{
    public const string WrongCurrentPassword = "This is not your current password.";
    public const string Changed = "Your password was changed. Your other sessions were signed out.";

    [BindProperty]
    public ChangePasswordForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await account.FindAsync(this) is not { } user)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Form.CurrentPassword, Form.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var (field, message) = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? (nameof(Form.CurrentPassword), WrongCurrentPassword)
                    : (nameof(Form.NewPassword), error.Description);
                ModelState.AddModelError($"{nameof(Form)}.{field}", message);
            }

            return Page();
        }

        await account.ChangedAsync(user, cancellationToken);
        OwnAccount.Tell(this, Changed);
        return RedirectToPage("/Admin/Account/Index");
    }
}
