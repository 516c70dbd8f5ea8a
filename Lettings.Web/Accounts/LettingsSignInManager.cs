using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lettings.Web.Accounts;

/// <summary>
/// Identity's sign-in with the two account rules the original had: an inactive account
/// (<see cref="LettingsUser.IsActive"/>) cannot sign in, and its existing sessions end at the next security-stamp
/// check; every sign-in records <see cref="LettingsUser.LastSignIn"/>.
/// </summary>
public sealed partial class LettingsSignInManager(
    UserManager<LettingsUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<LettingsUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<LettingsUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<LettingsUser> confirmation,
    TimeProvider clock)
    : SignInManager<LettingsUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    // Checked before the password, so a deactivated account is refused as "not allowed" whatever is typed.
    public override async Task<bool> CanSignInAsync(LettingsUser user) =>
        user.IsActive && await base.CanSignInAsync(user);

    public override async Task<bool> ValidateSecurityStampAsync(LettingsUser? user, string? securityStamp) =>
        user is { IsActive: true } && await base.ValidateSecurityStampAsync(user, securityStamp);

    public override async Task SignInWithClaimsAsync(
        LettingsUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        user.LastSignIn = clock.GetUtcNow();
        var updated = await UserManager.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            // The sign-in itself is valid; a lost timestamp is not worth refusing it.
            LogSignInTimeNotSaved(Logger, user.Id, string.Join(" ", updated.Errors.Select(e => e.Code)));
        }

        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the sign-in time of user {UserId}: {Errors}")]
    private static partial void LogSignInTimeNotSaved(ILogger logger, int userId, string errors);
}
