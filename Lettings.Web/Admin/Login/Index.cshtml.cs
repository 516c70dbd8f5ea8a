namespace Lettings.Web.Admin.Login;

/// <summary>
/// Staff sign-in. A wrong password, an unknown username and an account that may not sign in (inactive, or without
/// the staff role, as Django's admin refuses it) get the same message, cost the same one hash verification, and lock
/// the name alike after repeated failures, so the page never tells whether a username exists. Every outcome is
/// logged with the client address. Only a local <c>ReturnUrl</c> is followed.
/// </summary>
public sealed class IndexModel(
    LettingsSignInManager signIn, UserManager<LettingsUser> users, UnknownUserLockout unknownUsers, ILogger<IndexModel> logger) : PageModel
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

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var client = SignInLog.ClientOf(HttpContext);
        if (await users.FindByNameAsync(Form.Username) is not { } user)
        {
            signIn.VerifyDummyPassword(Form.Password);
            return await RefusedAsync(client, "unknown username", cancellationToken);
        }

        var result = await signIn.PasswordSignInAsync(user, Form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            SignInLog.SignedIn(logger, Form.Username, client);
            return SignInRedirects.SignedIn(this, ReturnUrl);
        }

        if (result.RequiresTwoFactor)
        {
            SignInLog.SecondFactorRequired(logger, Form.Username, client);
            return SignInRedirects.ToStep(this, "/Admin/Login/TwoFactor", ReturnUrl);
        }

        if (result.IsNotAllowed)
        {
            return await RefusedAsync(client, "account inactive or not staff", cancellationToken);
        }

        if (result.IsLockedOut)
        {
            SignInLog.LockedOut(logger, Form.Username, client, "account locked");
            Failure = LockedOut;
        }
        else
        {
            SignInLog.Failed(logger, Form.Username, client, "wrong password");
            Failure = WrongCredentials;
        }

        return Page();
    }

    // A name no account may sign in with counts toward its own lockout, as an account's failures do toward Identity's.
    private async Task<IActionResult> RefusedAsync(string client, string reason, CancellationToken cancellationToken)
    {
        var locked = await unknownUsers.IsLockedOutAsync(Form.Username, cancellationToken)
            || await unknownUsers.RecordFailureAsync(Form.Username, cancellationToken);
        if (locked)
        {
            SignInLog.LockedOut(logger, Form.Username, client, reason);
        }
        else
        {
            SignInLog.Failed(logger, Form.Username, client, reason);
        }

        Failure = locked ? LockedOut : WrongCredentials;
        return Page();
    }
}
