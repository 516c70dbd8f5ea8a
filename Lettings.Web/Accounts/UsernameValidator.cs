using Lettings.Web.Hosting;
using Microsoft.AspNetCore.Identity;

namespace Lettings.Web.Accounts;

/// <summary>
/// Usernames follow Django's rule (letters of any alphabet, digits, @.+-_), so the original's accounts, such as
/// "Zoé", stay valid. Identity's own character list is ASCII only and is switched off in favour of this one.
/// </summary>
public sealed class UsernameValidator : IUserValidator<LettingsUser>
{
    // An empty name is left to Identity's own validator, which reports it once.
    public Task<IdentityResult> ValidateAsync(UserManager<LettingsUser> manager, LettingsUser user) =>
        Task.FromResult(string.IsNullOrEmpty(user.UserName) || UsernameRouteConstraint.IsAllowed(user.UserName)
            ? IdentityResult.Success
            : IdentityResult.Failed(manager.ErrorDescriber.InvalidUserName(user.UserName)));
}
