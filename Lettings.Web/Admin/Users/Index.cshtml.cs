using System.Linq.Expressions;

namespace Lettings.Web.Admin.Users;

public sealed class IndexModel : AdminListPage<UserRow>
{
    private static readonly string s_staff = Accounts.Staff.Role.ToUpperInvariant();
    private static readonly string s_administrator = Accounts.Staff.AdministratorRole.ToUpperInvariant();

    private readonly LettingsDbContext _db;
    private readonly TimeProvider _clock;
    private readonly ListColumns<LettingsUser, UserRow> _columns;

    public IndexModel(LettingsDbContext db, TimeProvider clock)
        : base(AdminRecordType.User)
    {
        (_db, _clock) = (db, clock);
        var isStaff = InRole(s_staff);
        var isAdministrator = InRole(s_administrator);
        _columns = new ListColumns<LettingsUser, UserRow>(u => u.Id, Row())
            .By("username", "Username", u => u.UserName, r => r.UserName)
            .ByOptional("email", "Email", u => u.Email, r => r.Email)
            .By("name", "Name", u => u.FirstName, r => r.FullName)
            .By("staff", "Staff", isStaff, r => YesNo(r.IsStaff))
            .By("administrator", "Administrator", isAdministrator, r => YesNo(r.IsAdministrator))
            .By("active", "Active", u => u.IsActive, r => YesNo(r.IsActive))
            .By("joined", "Date joined", u => u.DateJoined, r => UserRow.Time(r.DateJoined))
            .ByOptional("signin", "Last sign-in", u => u.LastSignIn, r => UserRow.Time(r.LastSignIn));
    }

    [BindProperty(SupportsGet = true, Name = "staff")]
    public bool? Staff { get; set; }

    [BindProperty(SupportsGet = true, Name = "administrator")]
    public bool? Administrator { get; set; }

    [BindProperty(SupportsGet = true, Name = "active")]
    public bool? Active { get; set; }

    public override string SearchHint => "Looks in username, email and names.";

    public override IReadOnlyList<IListColumn> Headers => _columns.Headers;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filters =
        [
            ListFilter.YesNo("staff", "Staff", Staff, "Staff", "Not staff"),
            ListFilter.YesNo("administrator", "Administrator", Administrator, "Administrators", "Not administrators"),
            ListFilter.YesNo("active", "Active", Active, "Active", "Deactivated"),
        ];
        Rows = await Query().ToPageAsync(List, cancellationToken);
    }

    public IActionResult OnGetCsv() => _columns.Csv(Query(), ExportName(_clock));

    public override IQueryable<UserRow> Query() => _columns.Sorted(Matching(), List, _db.Database);

    public static string YesNo(bool value) => value ? "Yes" : "No";

    private IQueryable<LettingsUser> Matching()
    {
        var users = _db.Users.AsNoTracking();
        if (Staff is bool staff)
        {
            users = users.Where(HasRole(s_staff, staff));
        }

        if (Administrator is bool administrator)
        {
            users = users.Where(HasRole(s_administrator, administrator));
        }

        if (Active is bool active)
        {
            users = users.Where(u => u.IsActive == active);
        }

        if (List.Term is { } term)
        {
            users = users.Where(u =>
                u.UserName!.ToLower().Contains(term) || u.Email!.ToLower().Contains(term)
                || u.FirstName.ToLower().Contains(term) || u.LastName.ToLower().Contains(term));
        }

        return users;
    }

    /// <summary>Whether the account holds the role (by its normalized name), as a subquery EF Core translates.</summary>
    private Expression<Func<LettingsUser, bool>> InRole(string role) =>
        u => _db.UserRoles.Any(ur => ur.UserId == u.Id && _db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == role));

    private Expression<Func<LettingsUser, bool>> HasRole(string role, bool member) =>
        u => _db.UserRoles.Any(ur => ur.UserId == u.Id && _db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == role)) == member;

    private Expression<Func<LettingsUser, UserRow>> Row() =>
        u => new UserRow(
            u.Id, u.UserName!, u.Email, u.FirstName, u.LastName,
            _db.UserRoles.Any(ur => ur.UserId == u.Id && _db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == s_staff)),
            _db.UserRoles.Any(ur => ur.UserId == u.Id && _db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == s_administrator)),
            u.IsActive, u.DateJoined, u.LastSignIn);
}
