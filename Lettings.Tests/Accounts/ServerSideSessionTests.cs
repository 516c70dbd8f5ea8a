using System.Text;
using Lettings.Web.Accounts.Sessions;

namespace Lettings.Tests.Accounts;

/// <summary>
/// Sessions live on the server (<see cref="DatabaseTicketStore"/>): signing out ends a session wherever its cookie was
/// copied; deactivating an account, changing one's own password and deleting an account end its other sessions at
/// once, without waiting for the security stamp's next check.
/// </summary>
public abstract class ServerSideSessionTests(LettingsApp app)
{
    private static readonly (HttpStatusCode, string?) s_signedIn = (HttpStatusCode.OK, null);
    private static readonly (HttpStatusCode, string?) s_toLogin = (HttpStatusCode.Redirect, "/admin/login/");

    [Fact]
    public async Task A_copied_cookie_stops_working_once_its_session_signs_out()
    {
        var account = await StaffAccounts.CreateAsync(app);
        var browser = new AdminBrowser(app);
        using var signIn = await browser.SignInAsync(account.Username, account.Password);
        var copy = SessionCookie.CopiedFrom(app, signIn);
        Assert.Equal(s_signedIn, await copy.GetAsync("/admin/"));
        Assert.Equal(1, await SessionsOfAsync(account.Username));

        using (var signOut = await browser.SignOutAsync())
        {
            Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        }

        Assert.Equal(s_toLogin, await copy.GetAsync("/admin/"));
        Assert.Equal(0, await SessionsOfAsync(account.Username));
    }

    [Fact]
    public async Task The_cookie_holds_a_key_and_the_stored_ticket_is_protected()
    {
        var account = await StaffAccounts.CreateAsync(app);
        using var signIn = await new AdminBrowser(app).SignInAsync(account.Username, account.Password);

        var id = await IdOfAsync(account.Username);
        var ticket = await app.WithDbAsync(async db => (await db.Set<BackOfficeSession>().AsNoTracking().SingleAsync(s => s.UserId == id)).Ticket);
        Assert.NotEmpty(ticket);
        Assert.DoesNotContain(account.Username, Encoding.UTF8.GetString(ticket), StringComparison.Ordinal);
        Assert.DoesNotContain(account.Username, Encoding.Unicode.GetString(ticket), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactivating_an_account_ends_its_sessions_at_once()
    {
        var target = "sessions-deactivated-" + Guid.NewGuid().ToString("N")[..6];
        var account = await StaffAccounts.CreateAsync(app, target, administrator: false);
        using var signIn = await new AdminBrowser(app).SignInAsync(account.Username, account.Password);
        var copy = SessionCookie.CopiedFrom(app, signIn);
        var admin = await AdminBrowser.SignedInStaffAsync(app);

        using var saved = await admin.SubmitAsync($"/admin/users/{await IdOfAsync(target)}/change/", new() { ["Form.IsActive"] = AdminBrowser.Unchecked });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(0, await SessionsOfAsync(target));
        Assert.Equal(s_toLogin, await copy.GetAsync("/admin/"));
    }

    [Fact]
    public async Task Changing_one_s_own_password_ends_the_other_sessions_and_keeps_this_one()
    {
        var account = await StaffAccounts.CreateAsync(app);
        var here = new AdminBrowser(app);
        using (await here.SignInAsync(account.Username, account.Password))
        {
        }

        using var elsewhere = await new AdminBrowser(app).SignInAsync(account.Username, account.Password);
        var other = SessionCookie.CopiedFrom(app, elsewhere);
        Assert.Equal(2, await SessionsOfAsync(account.Username));
        var password = StaffAccounts.NewPassword();

        using var changed = await here.SubmitAsync("/admin/account/password/", new()
        {
            ["Form.CurrentPassword"] = account.Password,
            ["Form.NewPassword"] = password,
            ["Form.ConfirmPassword"] = password,
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(s_toLogin, await other.GetAsync("/admin/"));
        Assert.Equal("Back office", (await here.GetAsync("/admin/")).Heading());
        Assert.Equal(1, await SessionsOfAsync(account.Username));
    }

    [Fact]
    public async Task Deleting_an_account_deletes_its_sessions()
    {
        var target = "sessions-deleted-" + Guid.NewGuid().ToString("N")[..6];
        var account = await StaffAccounts.CreateAsync(app, target, administrator: false);
        using var signIn = await new AdminBrowser(app).SignInAsync(account.Username, account.Password);
        var copy = SessionCookie.CopiedFrom(app, signIn);
        var id = await IdOfAsync(target);
        var admin = await AdminBrowser.SignedInStaffAsync(app);

        using var deleted = await admin.SubmitAsync($"/admin/users/{id}/delete/", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<BackOfficeSession>().CountAsync(s => s.UserId == id)));
        Assert.Equal(s_toLogin, await copy.GetAsync("/admin/"));
    }

    private Task<int> IdOfAsync(string username) =>
        app.WithDbAsync(db => db.Users.Where(u => u.UserName == username).Select(u => u.Id).SingleAsync());

    private Task<int> SessionsOfAsync(string username) =>
        app.WithDbAsync(db => db.Set<BackOfficeSession>().CountAsync(s => db.Users.Any(u => u.Id == s.UserId && u.UserName == username)));
}

public sealed class ServerSideSessionsOnSqlite(SqliteApp app) : ServerSideSessionTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class ServerSideSessionsOnPostgres(PostgresApp app) : ServerSideSessionTests(app), IClassFixture<PostgresApp>;
