namespace Lettings.Web.Admin.Account;

/// <summary>
/// A new authenticator key (a new phone, or a key that may have been seen): given a current code from the app or a
/// recovery code, two-factor sign-in is turned off and the key replaced, and the enrolment page shows the new one.
/// </summary>
public sealed class TwoFactorResetModel(OwnAccount account) : PageModel
{
    public const string KeyReplaced = "Your authenticator key was replaced: add the account to your app again with the new key, then confirm a code.";

    [BindProperty]
    public TwoFactorCodeForm Form { get; set; } = new();

    public bool Enabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await account.FindAsync(this) is not { } user)
        {
            return Challenge();
        }

        Enabled = user.TwoFactorEnabled;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await account.FindAsync(this) is not { } user)
        {
            return Challenge();
        }

        Enabled = user.TwoFactorEnabled;
        if (!Enabled)
        {
            return Page();
        }

        if (!await account.ConfirmsSecondFactorAsync(this, user, Form.Code))
        {
            return Page();
        }

        await account.TurnOffAsync(user, cancellationToken);
        OwnAccount.Tell(this, KeyReplaced);
        return RedirectToPage("/Admin/Account/TwoFactor");
    }
}
