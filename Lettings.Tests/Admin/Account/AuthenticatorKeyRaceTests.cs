using Lettings.Web.Accounts;
using Lettings.Web.Admin.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lettings.Tests.Admin.Account;

/// <summary>
/// The two-factor enrolment page opened twice at once (two tabs, a double click): both requests find no key and both
/// make one, but only one can be stored. The other page is not a 500; it shows the key stored first, so whichever page
/// the authenticator app scans, its codes are the ones the sign-in checks.
/// </summary>
public abstract class AuthenticatorKeyRaceTests(LettingsApp app)
{
    private const string Enrolment = "/admin/account/two-factor/";

    [Fact]
    public async Task A_key_stored_meanwhile_by_another_request_is_the_one_shown_and_kept()
    {
        var account = await StaffAccounts.CreateAsync(app, StoreAKeyFirst.Marker + Guid.NewGuid().ToString("N")[..8]);
        var browser = new AdminBrowser(app);
        using (var signedIn = await browser.SignInAsync(account.Username, account.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var shown = (await browser.GetAsync(Enrolment)).QuerySelector("#shared-key")!.NormalizedText();

        Assert.Equal(AuthenticatorEnrolment.Format(StoreAKeyFirst.Key), shown);
        Assert.Equal(StoreAKeyFirst.Key, await StoredKeyAsync(account.Username));
        using var confirmed = await browser.SubmitAsync(Enrolment, new() { ["Form.Code"] = Totp.Now(shown) });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.NotEmpty(HtmlExtensions.Parse(await confirmed.Content.ReadAsStringAsync()).QuerySelectorAll("#recovery-codes li"));
    }

    [Fact]
    public async Task The_page_opened_many_times_at_once_shows_one_key_everywhere()
    {
        var account = await StaffAccounts.CreateAsync(app);
        var browser = new AdminBrowser(app);
        using (var signedIn = await browser.SignInAsync(account.Username, account.Password))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        var pages = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => browser.GetAsync(Enrolment)));

        var stored = AuthenticatorEnrolment.Format((await StoredKeyAsync(account.Username))!);
        Assert.All(pages, page => Assert.Equal(stored, page.QuerySelector("#shared-key")!.NormalizedText()));
    }

    private async Task<string?> StoredKeyAsync(string username)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LettingsUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByNameAsync(username))!);
    }

    /// <summary>
    /// Plays the other request: just before the page saves a new authenticator key for an account whose name has the
    /// marker, a key for that account is written, after the page found it had none.
    /// </summary>
    internal sealed class StoreAKeyFirst : SaveChangesInterceptor
    {
        public const string Marker = "keyrace-";
        public const string Key = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var context = eventData.Context!;
            var added = context.ChangeTracker.Entries<IdentityUserToken<int>>()
                .Where(e => e.State == EntityState.Added && e.Entity.Name == "AuthenticatorKey").Select(e => e.Entity).ToList();
            foreach (var token in added)
            {
                var user = await context.Set<LettingsUser>().FindAsync([token.UserId], cancellationToken);
                if (user?.UserName?.StartsWith(Marker, StringComparison.Ordinal) == true)
                {
                    await context.Database.ExecuteSqlAsync(
                        $"INSERT INTO \"AspNetUserTokens\" (\"UserId\", \"LoginProvider\", \"Name\", \"Value\") VALUES ({token.UserId}, {token.LoginProvider}, {token.Name}, {Key})",
                        cancellationToken);
                }
            }

            return result;
        }
    }
}

public sealed class KeyRaceSqliteApp() : LettingsApp(new SqliteTestDatabase())
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IInterceptor, AuthenticatorKeyRaceTests.StoreAKeyFirst>();
}

public sealed class KeyRacePostgresApp() : LettingsApp(new PostgresTestDatabase())
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IInterceptor, AuthenticatorKeyRaceTests.StoreAKeyFirst>();
}

public sealed class AuthenticatorKeyRaceOnSqlite(KeyRaceSqliteApp app) : AuthenticatorKeyRaceTests(app), IClassFixture<KeyRaceSqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class AuthenticatorKeyRaceOnPostgres(KeyRacePostgresApp app) : AuthenticatorKeyRaceTests(app), IClassFixture<KeyRacePostgresApp>;
