using Lettings.Web.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using LoginPage = Lettings.Web.Admin.Login.IndexModel;

namespace Lettings.Tests.Accounts;

/// <summary>
/// Every failed sign-in verifies one password hash, whatever failed (an unknown name, an account without a password,
/// a wrong password, an inactive, locked or non-staff account), counted by a decorator around the site's hasher, not
/// timed. Sign-ins are logged with the client address and never the password.
/// </summary>
public sealed class EqualWorkSignInTests(EqualWorkSignInTests.CountingApp app) : IClassFixture<EqualWorkSignInTests.CountingApp>
{
    public static readonly System.Net.IPAddress Client = System.Net.IPAddress.Parse("203.0.113.45");

    public static TheoryData<string> Failures => ["unknown", "no password", "wrong password", "inactive", "not staff", "locked"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_failed_sign_in_verifies_exactly_one_password_hash(string failure)
    {
        var (username, password) = await AccountFailingAsync(failure);
        var before = CountingHasher.Verifications;

        using var response = await new AdminBrowser(app).SignInAsync(username, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, CountingHasher.Verifications - before);
        var message = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#login-failure")!.NormalizedText();
        Assert.Equal(failure == "locked" ? LoginPage.LockedOut : LoginPage.WrongCredentials, message);
    }

    [Fact]
    public async Task A_locked_account_and_a_locked_unknown_name_look_the_same()
    {
        var (account, _) = await AccountFailingAsync("locked");
        var unknown = "ghost-eq-" + Guid.NewGuid().ToString("N")[..6];
        for (var attempt = 0; attempt < AccountRules.MaxFailedSignIns; attempt++)
        {
            using (await new AdminBrowser(app).SignInAsync(unknown, StaffAccounts.NewPassword()))
            {
            }
        }

        Assert.Equal(await FailurePageAsync(account), await FailurePageAsync(unknown));
    }

    [Fact]
    public async Task Sign_ins_failures_and_lockouts_are_logged_with_the_client_address_and_never_the_password()
    {
        var account = await StaffAccounts.CreateAsync(app);
        var wrong = StaffAccounts.NewPassword();
        app.Logs.Clear();

        using (await new AdminBrowser(app).SignInAsync(account.Username, account.Password))
        {
        }

        for (var attempt = 0; attempt < AccountRules.MaxFailedSignIns; attempt++)
        {
            using (await new AdminBrowser(app).SignInAsync(account.Username, wrong))
            {
            }
        }

        var records = app.Logs.GetSnapshot().Where(r => r.Category == typeof(LoginPage).FullName).ToList();
        Assert.Equal(["SignedIn", "SignInFailed", "SignInFailed", "SignInFailed", "SignInFailed", "SignInLockedOut"], records.Select(r => r.Id.Name));
        Assert.All(records, r =>
        {
            Assert.Contains(account.Username, r.Message, StringComparison.Ordinal);
            Assert.Contains(Client.ToString(), r.Message, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(app.Logs.GetSnapshot(), r => r.Message.Contains(wrong, StringComparison.Ordinal) || r.Message.Contains(account.Password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hash_with_fewer_iterations_than_the_site_s_is_made_again_at_sign_in()
    {
        var account = await StaffAccounts.CreateAsync(app);
        var old = new PasswordHasher<LettingsUser>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 })).HashPassword(new LettingsUser(), account.Password);
        await app.WithDbAsync(db => db.Users.Where(u => u.UserName == account.Username).ExecuteUpdateAsync(set => set.SetProperty(u => u.PasswordHash, old)));

        using var signIn = await new AdminBrowser(app).SignInAsync(account.Username, account.Password);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var stored = await app.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.UserName == account.Username).Select(u => u.PasswordHash).SingleAsync());
        Assert.Equal(100_000, IterationsOf(old));
        Assert.Equal(AccountRules.PasswordHashIterations, IterationsOf(stored!));
        Assert.Equal(210_000, AccountRules.PasswordHashIterations);
    }

    // Identity's format 3: a marker byte, the PRF, the iteration count (big-endian), then salt and subkey.
    private static int IterationsOf(string hash) =>
        System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(Convert.FromBase64String(hash).AsSpan(5, 4));

    private async Task<string> FailurePageAsync(string username)
    {
        using var response = await new AdminBrowser(app).SignInAsync(username, StaffAccounts.NewPassword());
        var page = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
        return page.QuerySelector("main")!.NormalizedText();
    }

    private async Task<(string Username, string Password)> AccountFailingAsync(string failure)
    {
        var username = "eq-" + Guid.NewGuid().ToString("N")[..8];
        if (failure == "unknown")
        {
            return (username, StaffAccounts.NewPassword());
        }

        if (failure == "not staff")
        {
            var member = await StaffAccounts.CreateMemberAsync(app, username);
            return (username, member.Password);
        }

        var account = await StaffAccounts.CreateAsync(app, username, administrator: false);
        switch (failure)
        {
            case "no password":
                await app.WithDbAsync(db => db.Users.Where(u => u.UserName == username).ExecuteUpdateAsync(set => set.SetProperty(u => u.PasswordHash, (string?)null)));
                return (username, account.Password);
            case "inactive":
                await app.WithDbAsync(db => db.Users.Where(u => u.UserName == username).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsActive, false)));
                return (username, account.Password);
            case "locked":
                await app.WithDbAsync(db => db.Users.Where(u => u.UserName == username)
                    .ExecuteUpdateAsync(set => set.SetProperty(u => u.LockoutEnd, DateTimeOffset.UtcNow.AddMinutes(10))));
                return (username, account.Password);
            default:
                return (username, StaffAccounts.NewPassword());
        }
    }

    /// <summary>Counts the hash verifications of the site's own hasher.</summary>
    public sealed class CountingHasher(IPasswordHasher<LettingsUser> inner) : IPasswordHasher<LettingsUser>
    {
        private static int s_verifications;

        public static int Verifications => Volatile.Read(ref s_verifications);

        public string HashPassword(LettingsUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(LettingsUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref s_verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    /// <summary>The site with its hasher counted and every request from <see cref="Client"/>.</summary>
    public sealed class CountingApp() : LettingsApp(new SqliteTestDatabase())
    {
        protected override void ConfigureServices(IServiceCollection services)
        {
            services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<LettingsUser>>(provider =>
                new CountingHasher(new DjangoPasswordHasher(provider.GetRequiredService<IOptions<PasswordHasherOptions>>()))));
            services.AddSingleton<IStartupFilter, FixedClientAddress>();
        }
    }

    private sealed class FixedClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = Client;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
