namespace Lettings.Web.Admin.Accounts;

/// <summary>Staff are the members of this Identity role; the policy of the same name guards the back office.</summary>
public static class Staff
{
    public const string Role = "Staff";
    public const string Policy = "Staff";

    /// <summary>Django's superusers: staff with every right. A role of its own, held together with <see cref="Role"/>.</summary>
    public const string AdministratorRole = "Administrator";
}
