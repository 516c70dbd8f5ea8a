using System.Security.Claims;
using Lettings.Web.Admin.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Lettings.Web.Accounts;

/// <summary>
/// Identity's sign-in with the account rules the original had: only an active account (<see cref="LettingsUser.IsActive"/>)
/// with the staff role signs in (Django's admin login), an inactive one's existing sessions end at the next
/// security-stamp check, and every sign-in records <see cref="LettingsUser.LastSignIn"/>. Every password check costs
/// one hash verification, whether or not the account has a hash to check (<see cref="DummyPasswordHash"/>).
/// </summary>
public sealed class LettingsSignInManager(
    UserManager<LettingsUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<LettingsUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<LettingsUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<LettingsUser> confirmation,
    LettingsDbContext db,
    DummyPasswordHash dummyHash,
    TimeProvider clock)
    : SignInManager<LettingsUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    // Checked before the password, so a deactivated account is refused as "not allowed" whatever is typed.
    public override async Task<bool> CanSignInAsync(LettingsUser user) =>
        user.IsActive && await UserManager.IsInRoleAsync(user, Staff.Role) && await base.CanSignInAsync(user);

    // Identity returns before hashing for an account that may not sign in, is locked, or has no password: each of
    // those verifies the dummy hash, so that the time taken tells none of them from a wrong password.
    public override async Task<SignInResult> CheckPasswordSignInAsync(LettingsUser user, string password, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await PreSignInCheck(user) is { } refused)
        {
            VerifyDummyPassword(password);
            return refused;
        }

        if (!await UserManager.HasPasswordAsync(user))
        {
            VerifyDummyPassword(password);
        }

        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    /// <summary>The work of a password check, for a username that is no account.</summary>
    public void VerifyDummyPassword(string password) => dummyHash.Verify(UserManager.PasswordHasher, password);

    public override async Task<bool> ValidateSecurityStampAsync(LettingsUser? user, string? securityStamp) =>
        user is { IsActive: true } && await base.ValidateSecurityStampAsync(user, securityStamp);

    // Written alone, not through the user manager: recording a sign-in must not renew the account's concurrency
    // stamp (a staff member editing the account at that moment would be told someone else changed it).
    public override async Task SignInWithClaimsAsync(
        LettingsUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var now = clock.GetUtcNow();
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.LastSignIn, now));
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }
}
