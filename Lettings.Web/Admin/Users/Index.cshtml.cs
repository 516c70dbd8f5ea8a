using Lettings.Web.Admin.Accounts;
using Lettings.Web.Admin.Common;
using Lettings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Users;

public sealed class IndexModel(LettingsDbContext db) : AdminListPage<UserRow>(AdminRecordType.User)
{
    public override string SearchHint => "Looks in username, email and names.";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (List.Term is { } term)
        {
            users = users.Where(u =>
                u.UserName!.ToLower().Contains(term) || u.Email!.ToLower().Contains(term)
                || u.FirstName.ToLower().Contains(term) || u.LastName.ToLower().Contains(term));
        }

        var staffRoleId = db.Roles.Where(r => r.Name == Staff.Role).Select(r => r.Id);
        Rows = await users
            .OrderBy(u => u.Id)
            .Select(u => new UserRow(
                u.Id, u.UserName!, u.Email, u.FirstName, u.LastName,
                db.UserRoles.Any(ur => ur.UserId == u.Id && staffRoleId.Contains(ur.RoleId))))
            .ToPageAsync(List.Page, cancellationToken);
    }
}
