using Lettings.Web.Admin.Accounts;
using Lettings.Web.Admin.Common;
using Lettings.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Users;

public sealed class IndexModel(LettingsDbContext db) : AdminListModel<UserRow>
{
    public override AdminListInfo Info { get; } = new(
        AdminRecordType.User, ["Username", "Email", "Name", "Staff"], "Looks in username, email and names.");

    protected override IQueryable<UserRow> Query(string? search) =>
        db.Users.AsNoTracking()
            .WhereAnyContains(search, u => u.UserName, u => u.Email, u => u.FirstName, u => u.LastName)
            .OrderBy(u => u.Id)
            .Select(u => new UserRow(
                u.Id, u.UserName!, u.Email, u.FirstName, u.LastName,
                db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Staff.Role))));
}

public sealed record UserRow(int Id, string UserName, string? Email, string FirstName, string LastName, bool IsStaff) : IAdminRow
{
    public IReadOnlyList<string> Cells => [UserName, Email ?? "", $"{FirstName} {LastName}".Trim(), IsStaff ? "Yes" : "No"];
}
