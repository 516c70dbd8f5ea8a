using Lettings.Tests.Pages;
using Lettings.Web.Accounts;
using Lettings.Web.Admin.Accounts;
using Lettings.Web.Admin.RecentActions;

namespace Lettings.Tests.Transfer;

/// <summary>
/// The original site's database taken over with <c>import-django</c>: its records on the public pages, its six
/// accounts signing in with their Django passwords (re-hashed by Identity on the way) as their staff flags say, its
/// admin log as the recent actions, and the back office adding records after it without colliding with its ids.
/// </summary>
public abstract class DjangoImportTests(ImportedDjangoApp app)
{
    public static TheoryData<string, string, bool> Accounts => new()
    {
        { "admin", "fixture-admin-pass-1", true },
        { "4meRomance", "fixture-user-pass-2", false },
        { "AirWow", "fixture-user-pass-3", false },
        { "DavWin", "fixture-user-pass-4", false },
        { "HeadlinesGazer", "fixture-user-pass-5", false },
        { "editor", "fixture-editor-pass-6", true },
    };

    [Fact]
    public void The_report_counts_every_table_keeps_every_password_and_skips_nothing()
    {
        var report = app.Import.Output;

        Assert.Matches(@"lettings_Address\s+->\s+6 addresses", report);
        Assert.Matches(@"lettings_letting\s+->\s+6 lettings", report);
        Assert.Matches(@"auth_user\s+->\s+6 user accounts", report);
        Assert.Matches(@"profiles_Profile\s+->\s+4 profiles", report);
        Assert.Matches(@"django_admin_log\s+->\s+25 recent actions", report);
        Assert.Contains("Accounts with a password: 6 of 6", report, StringComparison.Ordinal);
        Assert.Contains("Passwords that could not be kept (these users need a new password from staff): none.", report, StringComparison.Ordinal);
        Assert.Contains("Skipped: none.", report, StringComparison.Ordinal);
        Assert.Equal("", app.Import.Error);
    }

    [Fact]
    public void Accounts_keep_their_names_dates_flags_and_django_hashes()
    {
        var admin = app.AccountsAsImported.Single(u => u.UserName == "admin");
        var gazer = app.AccountsAsImported.Single(u => u.UserName == "HeadlinesGazer");

        Assert.Equal(["admin", "4meRomance", "AirWow", "DavWin", "HeadlinesGazer", "editor"], app.AccountsAsImported.Select(u => u.UserName));
        Assert.Equal([1, 2, 3, 4, 5, 6], app.AccountsAsImported.Select(u => u.Id));
        Assert.All(app.AccountsAsImported, u => Assert.True(u.IsActive));
        Assert.All(app.AccountsAsImported, u => Assert.StartsWith("pbkdf2_sha256$", u.PasswordHash, StringComparison.Ordinal));
        Assert.Equal(("admin@example.com", At("2020-06-14T09:41:15.326411Z"), At("2020-06-14T09:41:56.975174Z")), (admin.Email, admin.DateJoined, admin.LastSignIn));
        Assert.Equal(("Jamie", "Lal", "jssssss33@acee9.live", At("2020-06-14T09:47:21Z"), (DateTimeOffset?)null),
            (gazer.FirstName, gazer.LastName, gazer.Email, gazer.DateJoined, gazer.LastSignIn));
    }

    [Fact]
    public async Task Superusers_are_staff_and_administrators_and_the_others_have_no_role()
    {
        var roles = await app.WithDbAsync(db => db.UserRoles
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { u.UserName, x.Name })
            .ToListAsync());

        Assert.Equal(
            ["admin: Administrator", "admin: Staff", "editor: Administrator", "editor: Staff"],
            roles.Select(r => $"{r.UserName}: {r.Name}").Order(StringComparer.Ordinal));
        Assert.Equal([Staff.Role, Staff.AdministratorRole], await app.WithDbAsync(db => db.Roles.OrderBy(r => r.Id).Select(r => r.Name!).ToListAsync()));
    }

    [Theory]
    [MemberData(nameof(Accounts))]
    public async Task Each_account_signs_in_with_its_django_password_which_identity_then_re_hashes(string username, string password, bool staff)
    {
        var browser = new AdminBrowser(app);

        using var signIn = await browser.SignInAsync(username, password);

        var stored = await app.WithDbAsync(db => db.Users.Where(u => u.UserName == username).Select(u => u.PasswordHash).SingleAsync());
        if (!staff)
        {
            // Like Django's admin, the back office refuses members at its form; their hash stays as imported.
            Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
            Assert.Equal(app.AccountsAsImported.Single(u => u.UserName == username).PasswordHash, stored);
            return;
        }

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var home = await browser.Client.GetAsync("/admin/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.NotEqual(app.AccountsAsImported.Single(u => u.UserName == username).PasswordHash, stored);
        Assert.False(DjangoPbkdf2Hash.TryParse(stored, out _));

        using var again = await new AdminBrowser(app).SignInAsync(username, password);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign_in()
    {
        using var response = await new AdminBrowser(app).SignInAsync("editor", "fixture-editor-pass-7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Lettings.Web.Admin.Login.IndexModel.WrongCredentials, page.QuerySelector("#login-failure")!.NormalizedText());
    }

    [Fact]
    public async Task The_admin_log_becomes_the_recent_actions_newest_first_by_time()
    {
        var actions = await app.WithDbAsync(db => db.AdminActions.AsNoTracking().Where(a => a.Id <= 25).OrderBy(a => a.Id).ToListAsync());

        Assert.Equal(25, actions.Count);
        Assert.Equal((20, 5, 0), (actions.Count(a => a.Kind == AdminActionKind.Added), actions.Count(a => a.Kind == AdminActionKind.Changed), actions.Count(a => a.Kind == AdminActionKind.Deleted)));
        Assert.Equal(["User x9", "Address x6", "Letting x6", "Profile x4"], actions.GroupBy(a => a.RecordType).Select(g => $"{g.Key} x{g.Count()}"));
        Assert.All(actions, a => Assert.Equal((1, "admin"), (a.UserId, a.UserName)));
        var third = actions[2];
        Assert.Equal((At("2020-06-14T09:45:14.363463Z"), 3, "AirWow"), (third.Time, third.RecordId, third.RecordName));
        Assert.Equal("Changed First name, Last name and Email address.", AdminChangeMessage.Describe(third.ChangeMessage));

        // Whatever later actions come first, the imported ones follow, newest first, with Django's change messages.
        var staff = new AdminBrowser(app);
        await staff.SignInAsync("admin", "fixture-admin-pass-1");
        var listed = (await staff.GetAsync("/admin/")).QuerySelectorAll(".admin-recent li")
            .Where(li => DateTimeOffset.Parse(li.QuerySelector("time")!.GetAttribute("datetime")!, CultureInfo.InvariantCulture).Year == 2020)
            .Select(li => (li.QuerySelector(".admin-recent-what")!.NormalizedText(), li.QuerySelector(".admin-recent-change")?.NormalizedText()))
            .ToList();
        var newestFirst = actions.OrderByDescending(a => a.Time).Take(listed.Count)
            .Select(a => ($"{a.Kind} {a.RecordType.ToLowerInvariant()} “{a.RecordName}”", AdminChangeMessage.Describe(a.ChangeMessage)));
        Assert.NotEmpty(listed);
        Assert.Equal(newestFirst, listed);
    }

    [Fact]
    public async Task Records_added_in_the_back_office_afterwards_get_new_ids()
    {
        var staff = new AdminBrowser(app);
        await staff.SignInAsync("admin", "fixture-admin-pass-1");

        await staff.SubmitAsync("/admin/addresses/add/", new()
        {
            ["Form.Number"] = "12",
            ["Form.Street"] = "After Import Street",
            ["Form.City"] = "Irvine",
            ["Form.State"] = "CA",
            ["Form.ZipCode"] = "92602",
            ["Form.CountryIsoCode"] = "USA",
        });
        var addressId = await app.WithDbAsync(db => db.Addresses.Where(a => a.Street == "After Import Street").Select(a => a.Id).SingleAsync());
        await staff.SubmitAsync("/admin/lettings/add/", new()
        {
            ["Form.Title"] = "After Import Cottage",
            ["Form.AddressId"] = addressId.ToString(CultureInfo.InvariantCulture),
        });
        await staff.SubmitAsync("/admin/users/add/", new()
        {
            ["Form.UserName"] = "after-import",
            ["Form.Email"] = "after-import@example.com",
            ["Form.NewPassword"] = StaffAccounts.NewPassword(),
        });

        var (lettingId, userId) = await app.WithDbAsync(async db => (
            await db.Lettings.Where(l => l.Title == "After Import Cottage").Select(l => l.Id).SingleAsync(),
            await db.Users.Where(u => u.UserName == "after-import").Select(u => u.Id).SingleAsync()));
        Assert.All([addressId, lettingId, userId], id => Assert.True(id > 6, $"id {id} should follow the imported ids"));
        Assert.Contains(("After Import Cottage", $"/lettings/{lettingId}/"), (await app.CreateBrowserClient().GetDocumentAsync("/lettings/")).Links("main ul li a"));
    }

    private static DateTimeOffset At(string time) => DateTimeOffset.Parse(time, CultureInfo.InvariantCulture);
}

public sealed class DjangoImportOnSqlite(ImportedDjangoSqliteApp app) : DjangoImportTests(app), IClassFixture<ImportedDjangoSqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class DjangoImportOnPostgres(ImportedDjangoPostgresApp app) : DjangoImportTests(app), IClassFixture<ImportedDjangoPostgresApp>;

/// <summary>Every public page of the imported database shows the original records, as the seeded site does.</summary>
public sealed class ImportedPublicPagesOnSqlite(ImportedDjangoSqliteApp app) : PublicPagesTests(app), IClassFixture<ImportedDjangoSqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class ImportedPublicPagesOnPostgres(ImportedDjangoPostgresApp app) : PublicPagesTests(app), IClassFixture<ImportedDjangoPostgresApp>;
