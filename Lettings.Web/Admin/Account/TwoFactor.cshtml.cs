namespace Lettings.Web.Admin.Account;

/// <summary>
/// Enrolment in two-factor sign-in with an authenticator app (Identity's authenticator token provider, TOTP): the QR
/// code and the shared key, then a code from the app to confirm it; two-factor sign-in is on from then, and the ten
/// recovery codes are shown on the answer, once. With two-factor sign-in on, the page says so and leads to the others.
/// </summary>
[TwoFactorEnrolment]
public sealed class TwoFactorModel(OwnAccount account, TwoFactorSettings settings) : PageModel
{
    public const string WrongCode = "This is not the code your authenticator app shows now. Check the app's clock and try the next code.";

    [BindProperty]
    public TwoFactorCodeForm Form { get; set; } = new();

    public bool Enabled { get; private set; }

    /// <summary>Every staff account must have two-factor sign-in (<see cref="TwoFactorSettings"/>).</summary>
    public bool Required => settings.Required;

    public int RecoveryCodesLeft { get; private set; }

    public AuthenticatorEnrolment? Enrolment { get; private set; }

    /// <summary>The recovery codes just made: on the answer to the confirmation only.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await account.FindAsync(this) is not { } user)
        {
            return Challenge();
        }

        Enabled = user.TwoFactorEnabled;
        if (Enabled)
        {
            RecoveryCodesLeft = await account.RecoveryCodesLeftAsync(user);
        }
        else
        {
            Enrolment = await account.EnrolmentAsync(user, cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await account.FindAsync(this) is not { } user)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }

        if (ModelState.IsValid && !await account.IsAuthenticatorCodeAsync(user, Form.Code))
        {
            ModelState.AddModelError($"{nameof(Form)}.{nameof(Form.Code)}", WrongCode);
        }

        if (!ModelState.IsValid)
        {
            Enrolment = await account.EnrolmentAsync(user, cancellationToken);
            return Page();
        }

        NewRecoveryCodes = await account.TurnOnAsync(user, cancellationToken);
        Enabled = true;
        RecoveryCodesLeft = NewRecoveryCodes.Count;
        return Page();
    }
}
