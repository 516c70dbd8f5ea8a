using Lettings.Web.Admin.Login;

namespace Lettings.Tests.Transfer;

/// <summary>
/// Accounts the shared copy does not have, added to a copy of it: Django hashes with other iteration counts and
/// with SHA-1 (made with Python's hashlib, as Django does), an inactive account, a username outside ASCII, and
/// hashes this site cannot verify (argon2, bcrypt, MD5, Django's unusable password), which the report names.
/// </summary>
public abstract class DjangoAccountVariantsTests(DjangoAccountVariantsTests.VariantsApp app)
{
    private const string Zoe = "Zoé_Łukasiewicz";

    [Theory]
    [InlineData(Zoe, "zoé-pässwörd")]
    [InlineData("legacy.sha1", "correct horse battery")]
    [InlineData("high.count", "a-much-higher-count")]
    public async Task Other_iteration_counts_and_sha1_hashes_sign_in(string username, string password)
    {
        using var response = await new AdminBrowser(app).SignInAsync(username, password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task An_inactive_account_is_imported_but_cannot_sign_in()
    {
        Assert.False(app.AccountsAsImported.Single(u => u.UserName == "former").IsActive);

        Assert.Equal(IndexModel.WrongCredentials, await FailureAsync("former", "zoé-pässwörd"));
    }

    [Fact]
    public async Task A_username_outside_ascii_has_its_public_profile()
    {
        var client = app.CreateBrowserClient();
        var href = (await client.GetDocumentAsync("/profiles/")).Links("main ul li a").Single(l => l.Text == Zoe).Href;

        var profile = await client.GetDocumentAsync(href);

        Assert.Equal(Zoe, profile.Heading());
        Assert.Contains("Kraków", profile.QuerySelector("main dl")!.NormalizedText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(11, "argon.user", "argon2")]
    [InlineData(12, "md5.user", "md5 hashes are too weak")]
    [InlineData(13, "no.password", "no usable password in Django")]
    [InlineData(14, "bcrypt.user", "bcrypt")]
    public async Task Hashes_this_site_cannot_verify_become_no_password_and_are_named_in_the_report(int id, string username, string reason)
    {
        Assert.Contains(app.Import.Output.Split('\n'), line => line.Contains($"user {id} '{username}'", StringComparison.Ordinal)
            && line.Contains(reason, StringComparison.Ordinal));
        Assert.Null(app.AccountsAsImported.Single(u => u.Id == id).PasswordHash);

        Assert.Equal(IndexModel.WrongCredentials, await FailureAsync(username, "any password at all"));
    }

    [Fact]
    public void The_report_says_what_was_left_out_and_why()
    {
        var output = app.Import.Output;

        Assert.Contains("Accounts with a password: 10 of 14", output, StringComparison.Ordinal);
        Assert.Contains("django_session: 1 sessions: everybody signs in again", output, StringComparison.Ordinal);
        Assert.Contains("django_admin_log id 26: it is about auth.group, which the new site does not have", output, StringComparison.Ordinal);
        Assert.Contains("django_admin_log id 27: its record id 'abc' is not a number", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_favourite_city_is_no_favourite_city()
    {
        Assert.Null(await app.WithDbAsync(db => db.Profiles.Where(p => p.Id == 6).Select(p => p.FavoriteCity).SingleAsync()));
    }

    private async Task<string> FailureAsync(string username, string password)
    {
        using var response = await new AdminBrowser(app).SignInAsync(username, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return HtmlExtensions.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("#login-failure")!.NormalizedText();
    }

    private static readonly string[] s_changes =
    [
        """
        INSERT INTO auth_user (id, password, last_login, is_superuser, username, first_name, email, is_staff, is_active, date_joined, last_name) VALUES
          (7, 'pbkdf2_sha256$1000$sel-é$pmc4Vnda4ZbEWtz8xKERfPEf8SjBVoMjrY/ZKw6msDw=', NULL, 0, 'Zoé_Łukasiewicz', 'Zoé', 'zoe@example.com', 1, 1, '2023-08-01 10:00:00', 'Łukasiewicz'),
          (8, 'pbkdf2_sha1$10000$sha1Salt$h4Qc3uRQASN8mQE8Ue+jrEhdV6A=', NULL, 0, 'legacy.sha1', '', '', 1, 1, '2023-08-01 10:00:00', ''),
          (9, 'pbkdf2_sha256$870000$highSalt$ANPZwOIyO8n8Oqpwr8J0v7EB3DXp73QhAcU21sNre3o=', NULL, 0, 'high.count', '', '', 1, 1, '2023-08-01 10:00:00', ''),
          (10, 'pbkdf2_sha256$1000$sel-é$pmc4Vnda4ZbEWtz8xKERfPEf8SjBVoMjrY/ZKw6msDw=', NULL, 0, 'former', '', '', 1, 0, '2023-08-01 10:00:00', ''),
          (11, 'argon2$argon2id$v=19$m=102400,t=2,p=8$c29tZXNhbHQ$3Yp2mgNWKhlnmM0pYQ8qoA', NULL, 0, 'argon.user', '', '', 0, 1, '2023-08-01 10:00:00', ''),
          (12, 'md5$salt$0123456789abcdef0123456789abcdef', NULL, 0, 'md5.user', '', '', 0, 1, '2023-08-01 10:00:00', ''),
          (13, '!Xq3bQ9kLmN0pR5sT7uV9wY1zA3cE5gI7kM9oQ1sU', NULL, 0, 'no.password', '', '', 0, 1, '2023-08-01 10:00:00', ''),
          (14, 'bcrypt_sha256$$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW', NULL, 0, 'bcrypt.user', '', '', 0, 1, '2023-08-01 10:00:00', '')
        """,
        "INSERT INTO profiles_Profile (id, favorite_city, user_id) VALUES (5, 'Kraków', 7), (6, '', 8)",
        "INSERT INTO django_session (session_key, session_data, expire_date) VALUES ('k1', 'data', '2030-01-01 00:00:00')",
        """
        INSERT INTO django_admin_log (id, action_time, object_id, object_repr, change_message, content_type_id, user_id, action_flag) VALUES
          (26, '2023-08-01 10:00:00.5', '1', 'Editors', '[{"added": {}}]', 6, 1, 1),
          (27, '2023-08-01 10:00:01', 'abc', 'Odd', '', 7, 1, 2)
        """,
    ];

    public class VariantsApp(TestDatabase database) : ImportedDjangoApp(database, s_changes);

    public sealed class SqliteVariantsApp() : VariantsApp(new SqliteTestDatabase());

    public sealed class PostgresVariantsApp() : VariantsApp(new PostgresTestDatabase());
}

public sealed class DjangoAccountVariantsOnSqlite(DjangoAccountVariantsTests.SqliteVariantsApp app)
    : DjangoAccountVariantsTests(app), IClassFixture<DjangoAccountVariantsTests.SqliteVariantsApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class DjangoAccountVariantsOnPostgres(DjangoAccountVariantsTests.PostgresVariantsApp app)
    : DjangoAccountVariantsTests(app), IClassFixture<DjangoAccountVariantsTests.PostgresVariantsApp>;
