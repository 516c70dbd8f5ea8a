namespace Lettings.Web.Admin.Account;

/// <summary>
/// Marks the pages a member of staff reaches before enrolling in two-factor sign-in when the back office requires it
/// (<c>BackOffice:RequireTwoFactor</c>): the enrolment itself. Read from the endpoint's metadata.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class TwoFactorEnrolmentAttribute : Attribute;
