using Lettings.Web.Accounts;
using Lettings.Web.Admin.Common;
using Lettings.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Users;

public sealed class IndexModel : AdminListPage<UserRow>
{
    private readonly LettingsDbContext _db;
    private readonly TimeProvider _clock;
    private readonly ListColumns<LettingsUser, UserRow> _columns;

    public IndexModel(LettingsDbContext db, TimeProvider clock)
        : base(AdminRecordType.User)
    {
        (_db, _clock) = (db, clock);
        _columns = new ListColumns<LettingsUser, UserRow>(u => u.Id, u => new UserRow(u.Id, u.UserName!, u.Email, u.FirstName, u.LastName, _db.UserRoles.Any(ur => ur.UserId == u.Id && _db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Accounts.Staff.Role))))
            .By("username", "Username", u => u.UserName, r => r.UserName)
            .ByOptional("email", "Email", u => u.Email, r => r.Email)
            .By("name", "Name", u => u.FirstName, r => r.FullName)
            .By("staff", "Staff", u => _db.UserRoles.Any(ur => ur.UserId == u.Id && _db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Accounts.Staff.Role)), r => r.IsStaff ? "Yes" : "No");
    }

    [BindProperty(SupportsGet = true, Name = "staff")]
    public bool? Staff { get; set; }

    public override string SearchHint => "Looks in username, email and names.";

    public override IReadOnlyList<IListColumn> Headers => _columns.Headers;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filters = [ListFilter.YesNo("staff", "Staff", Staff, "Staff", "Not staff")];
        Rows = await _columns.ReadPageAsync(Matching(), List, cancellationToken);
    }

    public IActionResult OnGetCsv() => _columns.Csv(Matching(), List, ExportName(_clock));

    private IQueryable<LettingsUser> Matching()
    {
        var users = _db.Users.AsNoTracking();
        if (Staff is bool staff)
        {
            users = users.Where(u => _db.UserRoles.Any(ur => ur.UserId == u.Id && _db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Accounts.Staff.Role)) == staff);
        }

        if (List.Term is { } term)
        {
            users = users.Where(u =>
                u.UserName!.ToLower().Contains(term) || u.Email!.ToLower().Contains(term)
                || u.FirstName.ToLower().Contains(term) || u.LastName.ToLower().Contains(term));
        }

        return users;
    }
}
