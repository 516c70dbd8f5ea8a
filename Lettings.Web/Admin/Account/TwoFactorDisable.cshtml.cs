namespace Lettings.Web.Admin.Account;

/// <summary>
/// Turns two-factor sign-in off, given a current code from the app (or a recovery code), so that a session left open
/// alone cannot. Refused while the back office requires two-factor sign-in of every staff account.
/// </summary>
public sealed class TwoFactorDisableModel(OwnAccount account, TwoFactorSettings settings) : PageModel
{
    public const string WrongCode = "This is neither the code your authenticator app shows now nor one of your recovery codes.";
    public const string TurnedOff = "Two-factor sign-in is off: signing in asks for your password only.";
    public const string RequiredMessage = "Two-factor sign-in is required for every staff account: it cannot be turned off.";

    [BindProperty]
    public TwoFactorCodeForm Form { get; set; } = new();

    public bool Enabled { get; private set; }

    public bool Required => settings.Required;

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
        if (!Enabled || Required)
        {
            return Page();
        }

        if (!await account.ConfirmsSecondFactorAsync(this, user, Form.Code))
        {
            return Page();
        }

        await account.TurnOffAsync(user, cancellationToken);
        OwnAccount.Tell(this, TurnedOff);
        return RedirectToPage("/Admin/Account/Index");
    }
}
