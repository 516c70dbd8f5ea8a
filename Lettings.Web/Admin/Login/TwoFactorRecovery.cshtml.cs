using Lettings.Web.Admin.Account;
using Microsoft.AspNetCore.Authorization;
using LoginPage = Lettings.Web.Admin.Login.IndexModel;

namespace Lettings.Web.Admin.Login;

/// <summary>
/// The second step with a recovery code instead of the app's code; each code works once. Identity's recovery-code
/// sign-in neither checks nor counts toward the lockout, so this page does both: a locked account is refused, and a
/// wrong code counts as a wrong password does.
/// </summary>
[AllowAnonymous]
public sealed class TwoFactorRecoveryModel(SignInManager<LettingsUser> signIn, UserManager<LettingsUser> users) : PageModel
{
    public const string WrongCode = "This is not one of your recovery codes, or it was used already.";

    [BindProperty]
    public TwoFactorCodeForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? BackToLogin() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return BackToLogin();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.IsLockedOutAsync(user))
        {
            Failure = LoginPage.LockedOut;
            return Page();
        }

        // A failure is not a model error: the back office's transaction must commit the failure count.
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCodes.Normalized(Form.Code));
        if (result.Succeeded)
        {
            return SignInRedirects.SignedIn(this, ReturnUrl);
        }

        await users.AccessFailedAsync(user);
        Failure = await users.IsLockedOutAsync(user) ? LoginPage.LockedOut : WrongCode;
        return Page();
    }

    private RedirectToPageResult BackToLogin() => SignInRedirects.ToStep(this, "/Admin/Login/Index", ReturnUrl);
}
