using Microsoft.AspNetCore.Authorization;

namespace Lettings.Web.Admin.Account;

/// <summary>
/// Decides <see cref="TwoFactorEnrolledRequirement"/>: met at once when the setting is off, for a visitor not signed in
/// (the sign-in requirement answers that one) and on the enrolment pages; otherwise the account, read from the
/// database, must have two-factor sign-in on, so enrolling takes effect on the next request.
/// </summary>
internal sealed class TwoFactorEnrolledHandler(TwoFactorSettings settings, UserManager<LettingsUser> users)
    : AuthorizationHandler<TwoFactorEnrolledRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TwoFactorEnrolledRequirement requirement)
    {
        if (!settings.Required
            || context.User.Identity?.IsAuthenticated != true
            || (context.Resource is HttpContext http && http.GetEndpoint()?.Metadata.GetMetadata<TwoFactorEnrolmentAttribute>() is not null)
            || await users.GetUserAsync(context.User) is { TwoFactorEnabled: true })
        {
            context.Succeed(requirement);
        }
    }
}
