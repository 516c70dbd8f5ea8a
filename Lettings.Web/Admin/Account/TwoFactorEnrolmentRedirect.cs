using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Lettings.Web.Admin.Account;

/// <summary>
/// Where a request refused only for want of two-factor sign-in goes: the enrolment page, instead of the 403 a refusal
/// gets otherwise (an account without the staff role still gets its 403). Every other result is ASP.NET Core's own.
/// </summary>
internal sealed class TwoFactorEnrolmentRedirect(LinkGenerator links) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult is { Forbidden: true, AuthorizationFailure: { FailCalled: false } failure }
            && failure.FailedRequirements.Any()
            && failure.FailedRequirements.All(r => r is TwoFactorEnrolledRequirement))
        {
            context.Response.Redirect(links.GetPathByPage(context, "/Admin/Account/TwoFactor")!);
            return Task.CompletedTask;
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
