using Lettings.Web.Admin.Account;
using Microsoft.AspNetCore.Authorization;
using LoginPage = Lettings.Web.Admin.Login.IndexModel;

namespace Lettings.Web.Admin.Login;

/// <summary>
/// The second step of signing in, for an account with two-factor sign-in: a code from the authenticator app. Reached
/// only after the right password (Identity's two-factor cookie says whose); every wrong code counts toward the account's
/// lockout, as a wrong password does, and a locked account is refused whatever the code. Only a local
/// <c>ReturnUrl</c> is followed. "Remember this device" is not offered: every sign-in asks for a code.
/// </summary>
[AllowAnonymous]
public sealed class TwoFactorModel(SignInManager<LettingsUser> signIn) : PageModel
{
    public const string WrongCode = "This is not the code your authenticator app shows now.";

    [BindProperty]
    public TwoFactorCodeForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? BackToLogin() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return BackToLogin();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // A failure is not a model error: the back office's transaction must commit the failure count.
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCodeForm.Normalized(Form.Code), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return SignInRedirects.SignedIn(this, ReturnUrl);
        }

        Failure = result.IsLockedOut ? LoginPage.LockedOut : WrongCode;
        return Page();
    }

    private RedirectToPageResult BackToLogin() => SignInRedirects.ToStep(this, "/Admin/Login/Index", ReturnUrl);
}
