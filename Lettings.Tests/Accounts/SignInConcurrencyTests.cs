using Lettings.Web.Accounts;
using Lettings.Web.Admin.Login;

namespace Lettings.Tests.Accounts;

/// <summary>
/// Wrong passwords posted at once are each counted, for a real account (Identity's count would lose all but one to
/// its concurrency stamp) and for an unknown name (one insert-or-update statement), and exactly one of them locks.
/// </summary>
public abstract class SignInConcurrencyTests(LettingsApp app)
{
    private const int Limit = AccountRules.MaxFailedSignIns;

    [Fact]
    public async Task Parallel_wrong_passwords_for_an_account_are_each_counted()
    {
        var account = await StaffAccounts.CreateAsync(app);

        await InParallelAsync(account.Username, Limit - 1);

        var (count, lockoutEnd) = await app.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.UserName == account.Username)
            .Select(u => new Tuple<int, DateTimeOffset?>(u.AccessFailedCount, u.LockoutEnd)).SingleAsync());
        Assert.Equal(Limit - 1, count);
        Assert.Null(lockoutEnd);
    }

    [Fact]
    public async Task As_many_parallel_wrong_passwords_as_the_limit_lock_the_account()
    {
        var account = await StaffAccounts.CreateAsync(app);

        await InParallelAsync(account.Username, Limit);

        var (count, lockoutEnd) = await app.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.UserName == account.Username)
            .Select(u => new Tuple<int, DateTimeOffset?>(u.AccessFailedCount, u.LockoutEnd)).SingleAsync());
        Assert.Equal(0, count);
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), AccountRules.LockoutDuration);
    }

    [Fact]
    public async Task Parallel_failures_under_an_unknown_name_are_each_counted_in_one_row()
    {
        var unknown = "ghost-parallel-" + Guid.NewGuid().ToString("N")[..6];

        await InParallelAsync(unknown, Limit - 1);

        var row = await FailuresOfAsync(unknown);
        Assert.Equal((Limit - 1, (long?)null), (row.FailureCount, row.LockedUntil));
    }

    [Fact]
    public async Task As_many_parallel_failures_under_an_unknown_name_as_the_limit_lock_it()
    {
        var unknown = "ghost-parallel-" + Guid.NewGuid().ToString("N")[..6];

        var messages = await InParallelAsync(unknown, Limit);

        var row = await FailuresOfAsync(unknown);
        Assert.Equal(0, row.FailureCount);
        Assert.NotNull(row.LockedUntil);
        Assert.Single(messages, m => m == IndexModel.LockedOut);
    }

    private Task<UnknownUsernameFailure> FailuresOfAsync(string username)
    {
        var normalized = username.ToUpperInvariant();
        return app.WithDbAsync(db => db.Set<UnknownUsernameFailure>().AsNoTracking().SingleAsync(f => f.NormalizedUserName == normalized));
    }

    // Each attempt from its own browser, the forms fetched first so that the posts start together.
    private async Task<string[]> InParallelAsync(string username, int attempts)
    {
        var browsers = Enumerable.Range(0, attempts).Select(_ => new AdminBrowser(app)).ToList();
        var forms = await Task.WhenAll(browsers.Select(b => b.GetAsync("/admin/login/")));
        return await Task.WhenAll(browsers.Select(async (browser, i) =>
        {
            using var response = await browser.SubmitAsync(forms[i], "/admin/login/", new()
            {
                ["Form.Username"] = username,
                ["Form.Password"] = StaffAccounts.NewPassword(),
            });
            return HtmlExtensions.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#login-failure")!.NormalizedText();
        }));
    }
}

public sealed class SignInConcurrencyOnSqlite(SqliteApp app) : SignInConcurrencyTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class SignInConcurrencyOnPostgres(PostgresApp app) : SignInConcurrencyTests(app), IClassFixture<PostgresApp>;
