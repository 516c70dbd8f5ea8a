using Lettings.Web.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Lettings.Web.Admin.Accounts;

/// <summary>The staff flag is membership of the <see cref="Staff.Role"/> role, which is created the first time it is granted.</summary>
public sealed class StaffMembership(UserManager<LettingsUser> users, RoleManager<IdentityRole<int>> roles)
{
    public Task<bool> IsStaffAsync(LettingsUser user) => users.IsInRoleAsync(user, Staff.Role);

    public async Task<IdentityResult> SetStaffAsync(LettingsUser user, bool staff)
    {
        if (await IsStaffAsync(user) == staff)
        {
            return IdentityResult.Success;
        }

        if (!staff)
        {
            return await users.RemoveFromRoleAsync(user, Staff.Role);
        }

        if (!await roles.RoleExistsAsync(Staff.Role))
        {
            var created = await roles.CreateAsync(new IdentityRole<int>(Staff.Role));
            if (!created.Succeeded)
            {
                return created;
            }
        }

        return await users.AddToRoleAsync(user, Staff.Role);
    }
}
