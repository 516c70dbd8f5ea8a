using Microsoft.AspNetCore.Authorization;

namespace Lettings.Web.Admin.Account;

/// <summary>
/// Part of the back office's policies: when <c>BackOffice:RequireTwoFactor</c> is on, the signed-in account has
/// two-factor sign-in, or the endpoint is part of the enrolment (<see cref="TwoFactorEnrolmentAttribute"/>).
/// A failure of this requirement alone sends to the enrolment (<see cref="TwoFactorEnrolmentRedirect"/>).
/// </summary>
public sealed class TwoFactorEnrolledRequirement : IAuthorizationRequirement
{
    public static readonly TwoFactorEnrolledRequirement Instance = new();

    private TwoFactorEnrolledRequirement()
    {
    }
}
