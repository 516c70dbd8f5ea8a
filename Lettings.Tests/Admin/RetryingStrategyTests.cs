using System.Data.Common;
using Lettings.Web.Data;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Lettings.Tests.Admin;

/// <summary>
/// The back office under a retrying execution strategy (what <c>EnableRetryOnFailure</c> switches on): every POST
/// still works, a transient failure while the transaction opens is retried, and a failure once the page has run is
/// an error page, never a second run that would write the change twice.
/// </summary>
public abstract class RetryingStrategyTests(RetryingStrategyApp app)
{
    private static readonly Dictionary<string, string> s_address = new()
    {
        ["Form.Number"] = "7",
        ["Form.Street"] = "",
        ["Form.City"] = "Irvine",
        ["Form.State"] = "CA",
        ["Form.ZipCode"] = "92602",
        ["Form.CountryIsoCode"] = "USA",
    };

    [Fact]
    public async Task Catalogue_and_account_changes_are_saved_with_their_recent_actions()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var street = Unique("Retry Road");
        var username = "retried-" + Guid.NewGuid().ToString("N")[..8];

        await AssertRedirectAsync(await staff.SubmitAsync("/admin/addresses/add/", new(s_address) { ["Form.Street"] = street }));
        await AssertRedirectAsync(await staff.SubmitAsync("/admin/users/add/", new()
        {
            ["Form.UserName"] = username,
            ["Form.NewPassword"] = StaffAccounts.NewPassword(),
            ["Form.IsStaff"] = "true",
        }));

        Assert.Equal(1, await app.WithDbAsync(db => db.Addresses.CountAsync(a => a.Street == street)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AdminActions.CountAsync(a => a.RecordName == $"7 {street}")));
        Assert.Equal(1, await app.WithDbAsync(db => db.AdminActions.CountAsync(a => a.RecordName == username)));
        Assert.True(app.Strategy.Executions > 0, "the back office ran through the retrying strategy");
    }

    [Fact]
    public async Task A_transient_failure_opening_the_transaction_is_retried_and_the_change_written_once()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var street = Unique("Second Try Street");
        var form = await staff.GetAsync("/admin/addresses/add/");

        app.Failures.FailNextTransactionStart();
        await AssertRedirectAsync(await staff.SubmitAsync(form, "/admin/addresses/add/", new(s_address) { ["Form.Street"] = street }));

        Assert.Equal(2, app.Failures.TransactionStartsSinceArmed);
        Assert.Equal(1, await app.WithDbAsync(db => db.Addresses.CountAsync(a => a.Street == street)));
        Assert.Equal(1, await app.WithDbAsync(db => db.AdminActions.CountAsync(a => a.RecordName == $"7 {street}")));
    }

    [Fact]
    public async Task A_failure_at_commit_is_an_error_page_and_leaves_nothing()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var street = Unique("Lost Commit Lane");
        var form = await staff.GetAsync("/admin/addresses/add/");

        app.Failures.FailNextCommit();
        using var response = await staff.SubmitAsync(form, "/admin/addresses/add/", new(s_address) { ["Form.Street"] = street });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(1, app.Failures.TransactionStartsSinceArmed);
        Assert.Equal(0, await app.WithDbAsync(db => db.Addresses.CountAsync(a => a.Street == street)));
        Assert.Equal(0, await app.WithDbAsync(db => db.AdminActions.CountAsync(a => a.RecordName == $"7 {street}")));
    }

    private static async Task AssertRedirectAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";
}

/// <summary>Fails the next transaction start or commit of the app's contexts, once, with an error the strategy retries.</summary>
public sealed class TransientFailures : DbTransactionInterceptor
{
    private volatile bool _failStart;
    private volatile bool _failCommit;
    private int _starts;

    public int TransactionStartsSinceArmed => _starts;

    public void FailNextTransactionStart() => (_failStart, _starts) = (true, 0);

    public void FailNextCommit() => (_failCommit, _starts) = (true, 0);

    public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _starts);
        if (_failStart)
        {
            _failStart = false;
            throw new TransientTestException();
        }

        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (_failCommit)
        {
            _failCommit = false;
            throw new TransientTestException();
        }

        return ValueTask.FromResult(result);
    }
}

public sealed class TransientTestException() : Exception("A transient failure made by the test.");

/// <summary>How many operations the retrying strategy ran (not counting the ones nested in another).</summary>
public sealed class StrategyCounter
{
    private int _executions;

    public int Executions => _executions;

    public void Count() => Interlocked.Increment(ref _executions);
}

/// <summary>The site with a retrying execution strategy on its database and <see cref="TransientFailures"/> on its transactions.</summary>
public abstract class RetryingStrategyApp(TestDatabase database) : LettingsApp(database)
{
    public TransientFailures Failures { get; } = new();

    public StrategyCounter Strategy { get; } = new();
}

public sealed class RetryingSqliteApp() : RetryingStrategyApp(new SqliteTestDatabase())
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<SqliteLettingsDbContext>(options => options
            .UseSqlite(sqlite => sqlite.ExecutionStrategy(dependencies => new SqliteRetryingStrategy(dependencies, Strategy)))
            .AddInterceptors(Failures));

    // SQLite has no retrying strategy of its own: this one retries only the test's failure.
    private sealed class SqliteRetryingStrategy(ExecutionStrategyDependencies dependencies, StrategyCounter counter)
        : ExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromMilliseconds(50))
    {
        protected override bool ShouldRetryOn(Exception exception) => exception is TransientTestException;

        protected override void OnFirstExecution()
        {
            counter.Count();
            base.OnFirstExecution();
        }
    }
}

public sealed class RetryingPostgresApp() : RetryingStrategyApp(new PostgresTestDatabase())
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<PostgresLettingsDbContext>(options => options
            .UseNpgsql(npgsql => npgsql.ExecutionStrategy(dependencies => new PostgresRetryingStrategy(dependencies, Strategy)))
            .AddInterceptors(Failures));

    // Npgsql's own EnableRetryOnFailure strategy, retrying the test's failure too.
    private sealed class PostgresRetryingStrategy(ExecutionStrategyDependencies dependencies, StrategyCounter counter)
        : NpgsqlRetryingExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromMilliseconds(50), errorCodesToAdd: null)
    {
        protected override bool ShouldRetryOn(Exception? exception) => exception is TransientTestException || base.ShouldRetryOn(exception);

        protected override void OnFirstExecution()
        {
            counter.Count();
            base.OnFirstExecution();
        }
    }
}

public sealed class RetryingStrategyOnSqlite(RetryingSqliteApp app) : RetryingStrategyTests(app), IClassFixture<RetryingSqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class RetryingStrategyOnPostgres(RetryingPostgresApp app) : RetryingStrategyTests(app), IClassFixture<RetryingPostgresApp>;
