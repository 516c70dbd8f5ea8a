using Lettings.Web.Accounts.Sessions;

namespace Lettings.Web.Admin.Account;

/// <summary>
/// What the own-account pages do to the signed-in account, through Identity's user manager: its authenticator key and
/// codes, and after a change, a note in the account's history (the values Identity changed, a password or key never)
/// and a renewed cookie for this session; the account's other sessions end at once (their server-side rows are
/// deleted; the renewed security stamp would end them at its next check anyway).
/// </summary>
public sealed class OwnAccount(UserManager<LettingsUser> users, IUserStore<LettingsUser> store, SignInManager<LettingsUser> signIn, AdminActionLog log,
    AccountSessions sessions, LettingsDbContext db)
{
    public const int RecoveryCodeCount = 10;

    public Task<LettingsUser?> FindAsync(PageModel page) => users.GetUserAsync(page.User);

    /// <summary>
    /// The account's authenticator key, made on first use. Stored without renewing the security stamp: looking at the
    /// enrolment page signs nobody out.
    /// </summary>
    public async Task<AuthenticatorEnrolment> EnrolmentAsync(LettingsUser user, CancellationToken cancellationToken)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            key = await StoreNewKeyAsync(user, cancellationToken);
        }

        return AuthenticatorEnrolment.For(user.UserName ?? "", key);
    }

    /// <summary>
    /// Stores a new key, unless a concurrent request (the page opened twice at once) stored one first: then its save is
    /// refused (the token's primary key, or the account's concurrency stamp) and the key stored first is the account's,
    /// the one to show, so the code the app scans is the one the sign-in checks.
    /// </summary>
    private async Task<string> StoreNewKeyAsync(LettingsUser user, CancellationToken cancellationToken)
    {
        var key = users.GenerateNewAuthenticatorKey();
        await ((IUserAuthenticatorKeyStore<LettingsUser>)store).SetAuthenticatorKeyAsync(user, key, cancellationToken);
        try
        {
            if ((await users.UpdateAsync(user)).Succeeded)
            {
                return key;
            }
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
        }

        db.ChangeTracker.Clear();
        var stored = await users.FindByIdAsync(user.Id.ToString(CultureInfo.InvariantCulture));
        return (stored is null ? null : await users.GetAuthenticatorKeyAsync(stored))
            ?? throw new InvalidOperationException($"The authenticator key of account {user.Id} could be neither stored nor read.");
    }

    public Task<bool> IsAuthenticatorCodeAsync(LettingsUser user, string code) =>
        users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorCodeForm.Normalized(code));

    /// <summary>A current code from the app, or one of the recovery codes (used up by this).</summary>
    public async Task<bool> IsSecondFactorAsync(LettingsUser user, string code) =>
        await IsAuthenticatorCodeAsync(user, code)
        || (await users.RedeemTwoFactorRecoveryCodeAsync(user, RecoveryCodes.Normalized(code))).Succeeded;

    /// <summary>
    /// The check in front of turning two-factor sign-in off or replacing its key: a form of the page, valid so far, whose
    /// <c>Form.Code</c> is a current or recovery code. A code that is neither becomes that field's error.
    /// </summary>
    public async Task<bool> ConfirmsSecondFactorAsync(PageModel page, LettingsUser user, string code)
    {
        if (page.ModelState.IsValid && !await IsSecondFactorAsync(user, code))
        {
            page.ModelState.AddModelError($"Form.{nameof(TwoFactorCodeForm.Code)}", TwoFactorDisableModel.WrongCode);
        }

        return page.ModelState.IsValid;
    }

    /// <summary>Turns two-factor sign-in on and returns the new recovery codes, to be shown once.</summary>
    public async Task<IReadOnlyList<string>> TurnOnAsync(LettingsUser user, CancellationToken cancellationToken)
    {
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await NewRecoveryCodesAsync(user);
        await ChangedAsync(user, cancellationToken);
        return codes;
    }

    /// <summary>Turns two-factor sign-in off; the key is replaced, so a later enrolment starts with a new one.</summary>
    public async Task TurnOffAsync(LettingsUser user, CancellationToken cancellationToken)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await ChangedAsync(user, cancellationToken);
    }

    /// <summary>New recovery codes, replacing the old ones (each works once).</summary>
    public async Task<IReadOnlyList<string>> NewRecoveryCodesAsync(LettingsUser user) =>
        [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];

    public Task<int> RecoveryCodesLeftAsync(LettingsUser user) => users.CountRecoveryCodesAsync(user);

    public async Task ChangedAsync(LettingsUser user, CancellationToken cancellationToken)
    {
        await log.RecordAsync(AdminActionKind.Changed, AdminRecordType.User, user.Id, user.UserName ?? "", cancellationToken);
        await signIn.RefreshSignInAsync(user);
        await sessions.EndOthersAsync(user.Id, cancellationToken);
    }

    public static void Tell(PageModel page, string message) => page.TempData[RecordRedirects.MessageKey] = message;
}
