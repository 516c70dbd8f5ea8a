using Lettings.ServiceDefaults;

namespace Lettings.Web.Admin.Account;

/// <summary>
/// <c>BackOffice:RequireTwoFactor</c> (false by default): every staff account must sign in with two factors, so one
/// without it is sent to enrolment and reaches nothing else of the back office until enrolled.
/// </summary>
public sealed record TwoFactorSettings(bool Required)
{
    public const string RequiredKey = "BackOffice:RequireTwoFactor";

    public static TwoFactorSettings From(IConfiguration configuration) => new(Setting.Flag(configuration, RequiredKey) ?? false);
}
