namespace Lettings.Web.Accounts;

/// <summary>
/// Holds every account Identity saves (the back office's forms, <c>create-admin</c>) to <see cref="AccountRules"/>'
/// username rule, in place of Identity's ASCII-only character list, which would refuse the original's usernames.
/// </summary>
internal sealed class UsernameValidator : IUserValidator<LettingsUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<LettingsUser> manager, LettingsUser user) =>
        Task.FromResult(AccountRules.IsValidUsername(user.UserName)
            ? IdentityResult.Success
            : IdentityResult.Failed(manager.ErrorDescriber.InvalidUserName(user.UserName)));
}
