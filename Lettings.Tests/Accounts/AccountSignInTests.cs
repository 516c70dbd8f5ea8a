using Lettings.Web.Accounts;
using Lettings.Web.Profiles;
using Microsoft.AspNetCore.Identity;
using LoginPage = Lettings.Web.Admin.Login.IndexModel;

namespace Lettings.Tests.Accounts;

/// <summary>
/// Accounts carried over from Django sign in with their old password hash, which Identity then replaces with its
/// own; inactive accounts cannot sign in; usernames follow Django's rule, letters of any alphabet included.
/// </summary>
public abstract class AccountSignInTests(LettingsApp app)
{
    [Theory]
    [InlineData("zoé-pässwörd", "pbkdf2_sha256$1000$sel-é$pmc4Vnda4ZbEWtz8xKERfPEf8SjBVoMjrY/ZKw6msDw=")]
    [InlineData("correct horse battery", "pbkdf2_sha1$10000$sha1Salt$h4Qc3uRQASN8mQE8Ue+jrEhdV6A=")]
    public async Task A_django_hash_signs_in_once_and_is_then_stored_in_identity_s_format(string password, string djangoHash)
    {
        var username = await CreateStaffWithHashAsync(djangoHash);

        using var first = await new AdminBrowser(app).SignInAsync(username, password);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var (hash, lastSignIn) = await ReadAsync(username, u => (u.PasswordHash, u.LastSignIn));
        Assert.NotEqual(djangoHash, hash);
        Assert.False(DjangoPbkdf2Hash.TryParse(hash, out _));
        Assert.InRange(lastSignIn!.Value, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));

        using var second = await new AdminBrowser(app).SignInAsync(username, password);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(hash, await ReadAsync(username, u => u.PasswordHash));
    }

    [Fact]
    public async Task A_sign_in_records_its_time_without_renewing_the_account_s_concurrency_stamp()
    {
        var account = await StaffAccounts.CreateAsync(app);
        var stamp = await ReadAsync(account.Username, u => u.ConcurrencyStamp);

        using var response = await new AdminBrowser(app).SignInAsync(account.Username, account.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (after, lastSignIn) = await ReadAsync(account.Username, u => (u.ConcurrencyStamp, u.LastSignIn));
        Assert.Equal(stamp, after);
        Assert.InRange(lastSignIn!.Value, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task A_wrong_password_fails_and_leaves_the_django_hash_in_place()
    {
        const string Hash = "pbkdf2_sha256$1000$sel-é$pmc4Vnda4ZbEWtz8xKERfPEf8SjBVoMjrY/ZKw6msDw=";
        var username = await CreateStaffWithHashAsync(Hash);

        Assert.Equal(LoginPage.WrongCredentials, await FailureAsync(username, "zoé-pässwörd-wrong"));

        Assert.Equal((Hash, 1, (DateTimeOffset?)null), await ReadAsync(username, u => (u.PasswordHash, u.AccessFailedCount, u.LastSignIn)));
    }

    [Fact]
    public async Task An_inactive_account_cannot_sign_in_even_with_its_password()
    {
        const string Hash = "pbkdf2_sha256$1000$sel-é$pmc4Vnda4ZbEWtz8xKERfPEf8SjBVoMjrY/ZKw6msDw=";
        var username = await CreateStaffWithHashAsync(Hash, active: false);

        Assert.Equal(LoginPage.WrongCredentials, await FailureAsync(username, "zoé-pässwörd"));

        Assert.Equal((Hash, (DateTimeOffset?)null), await ReadAsync(username, u => (u.PasswordHash, u.LastSignIn)));
    }

    [Fact]
    public async Task A_username_with_letters_outside_ascii_is_an_account_with_a_public_profile()
    {
        var username = "Zoé_Łukasz." + Guid.NewGuid().ToString("N")[..4];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LettingsUser>>();
            var created = await users.CreateAsync(new LettingsUser { UserName = username, Profile = new Profile { FavoriteCity = "Kraków" } });
            Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
            var refused = await users.CreateAsync(new LettingsUser { UserName = "Zoé Łukasz" });
            Assert.Equal(["InvalidUserName"], refused.Errors.Select(e => e.Code));
        }

        var client = app.CreateBrowserClient();
        var list = await client.GetDocumentAsync("/profiles/");
        var href = list.Links("main ul li a").Single(l => l.Text == username).Href;
        var profile = await client.GetDocumentAsync(href);

        Assert.Equal(username, profile.Heading());
        Assert.Contains("Kraków", profile.QuerySelector("main dl")!.NormalizedText(), StringComparison.Ordinal);
    }

    private async Task<string> CreateStaffWithHashAsync(string hash, bool active = true)
    {
        var username = "django-" + Guid.NewGuid().ToString("N")[..8];
        await StaffAccounts.CreateAsync(app, username);
        await app.WithDbAsync(db => db.Users.Where(u => u.UserName == username)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.PasswordHash, hash).SetProperty(u => u.IsActive, active)));
        return username;
    }

    private Task<T> ReadAsync<T>(string username, Func<LettingsUser, T> read) =>
        app.WithDbAsync(async db => read(await db.Users.AsNoTracking().SingleAsync(u => u.UserName == username)));

    private async Task<string> FailureAsync(string username, string password)
    {
        using var response = await new AdminBrowser(app).SignInAsync(username, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlExtensions.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#login-failure")!.NormalizedText();
    }
}

public sealed class AccountSignInOnSqlite(SqliteApp app) : AccountSignInTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class AccountSignInOnPostgres(PostgresApp app) : AccountSignInTests(app), IClassFixture<PostgresApp>;
