using System.Security.Claims;
using Lettings.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lettings.Web.Accounts;

/// <summary>
/// Identity's sign-in with the two account rules the original had: an inactive account
/// (<see cref="LettingsUser.IsActive"/>) cannot sign in, and its existing sessions end at the next security-stamp
/// check; every sign-in records <see cref="LettingsUser.LastSignIn"/>.
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
    TimeProvider clock)
    : SignInManager<LettingsUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    // Checked before the password, so a deactivated account is refused as "not allowed" whatever is typed.
    public override async Task<bool> CanSignInAsync(LettingsUser user) =>
        user.IsActive && await base.CanSignInAsync(user);

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
