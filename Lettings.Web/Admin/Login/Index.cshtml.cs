using Lettings.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lettings.Web.Admin.Login;

/// <summary>
/// Staff sign-in. A wrong password and an unknown username get the same message, and lock the name alike after
/// repeated failures, so the page never tells whether a username exists. Only a local <c>ReturnUrl</c> is followed.
/// </summary>
public sealed class IndexModel(SignInManager<LettingsUser> signIn, UserManager<LettingsUser> users, UnknownUserLockout unknownUsers) : PageModel
{
    public const string WrongCredentials =
        "Please enter the correct username and password for a staff account. Both fields may be case-sensitive.";

    public static readonly string LockedOut =
        $"Too many failed attempts: signing in with this username is locked for {AccountRules.LockoutDurationText}. Please try again later.";

    [BindProperty]
    public LoginForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Failure { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.FindByNameAsync(Form.Username) is null)
        {
            var locked = unknownUsers.IsLockedOut(Form.Username) || unknownUsers.RecordFailure(Form.Username);
            Failure = locked ? LockedOut : WrongCredentials;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Form.Username, Form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return SignInRedirects.SignedIn(this, ReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            return SignInRedirects.ToStep(this, "/Admin/Login/TwoFactor", ReturnUrl);
        }

        Failure = result.IsLockedOut ? LockedOut : WrongCredentials;
        return Page();
    }
}
