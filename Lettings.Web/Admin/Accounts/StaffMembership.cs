namespace Lettings.Web.Admin.Accounts;

/// <summary>
/// The staff flag and the administrator right are memberships of the <see cref="Staff.Role"/> and
/// <see cref="Staff.AdministratorRole"/> roles, each created the first time it is granted.
/// </summary>
public sealed class StaffMembership(UserManager<LettingsUser> users, RoleManager<IdentityRole<int>> roles)
{
    public Task<bool> IsStaffAsync(LettingsUser user) => users.IsInRoleAsync(user, Staff.Role);

    public Task<bool> IsAdministratorAsync(LettingsUser user) => users.IsInRoleAsync(user, Staff.AdministratorRole);

    public Task<IdentityResult> SetStaffAsync(LettingsUser user, bool staff) => SetRoleAsync(user, Staff.Role, staff);

    public Task<IdentityResult> SetAdministratorAsync(LettingsUser user, bool administrator) =>
        SetRoleAsync(user, Staff.AdministratorRole, administrator);

    private async Task<IdentityResult> SetRoleAsync(LettingsUser user, string role, bool member)
    {
        if (await users.IsInRoleAsync(user, role) == member)
        {
            return IdentityResult.Success;
        }

        if (!member)
        {
            return await users.RemoveFromRoleAsync(user, role);
        }

        if (!await roles.RoleExistsAsync(role))
        {
            var created = await roles.CreateAsync(new IdentityRole<int>(role));
            if (!created.Succeeded)
            {
                return created;
            }
        }

        return await users.AddToRoleAsync(user, role);
    }
}
