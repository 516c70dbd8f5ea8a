namespace Lettings.Tests.Repository;

/// <summary>No tracked file holds anything that looks like a key, DSN, password or token, the documented fixtures aside.</summary>
public sealed class NoSecretsTests
{
    /// <summary>
    /// What the scan may find on purpose, each with its reason: a file and the start of what it finds there (as the
    /// finding's excerpt shows it). Keep this short; a real secret never belongs here.
    /// </summary>
    private static readonly (string Path, string Rule, string Why)[] s_allowed =
    [
        ("Lettings.Tests/Data/DatabaseUrlTests.cs", "password in a database URL", "DATABASE_URL parsing: made-up users, passwords and one-word hosts"),
        ("Lettings.Tests/Data/DatabaseChoiceTests.cs", "password in a database URL", "provider choice from a made-up DATABASE_URL"),
        ("Lettings.Tests/Data/DatabaseChoiceTests.cs", "password in a connection string", "provider choice from a made-up Aspire connection string"),
        ("Lettings.Tests/Hosting/StartupSettingsTests.cs", "password in a connection string", "a malformed setting's message must not show its made-up password"),
    ];

    private static readonly string[] s_binaryExtensions = [".png", ".ico", ".jpg", ".jpeg", ".gif", ".webp", ".woff", ".woff2", ".ttf", ".eot", ".sqlite3", ".db", ".pfx", ".zip", ".gz"];

    [Fact]
    public async Task No_tracked_file_looks_like_it_holds_a_secret()
    {
        var files = await RepositoryTree.FilesAsync();
        Assert.True(files.Count > 100, $"only {files.Count} files found");

        var findings = new List<string>();
        foreach (var path in files.Where(p => !s_binaryExtensions.Contains(Path.GetExtension(p).ToLowerInvariant())))
        {
            var text = await File.ReadAllTextAsync(RepositoryFiles.PathOf(path));
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                continue;
            }

            findings.AddRange(SecretScanner.Scan(text)
                .Where(f => !s_allowed.Any(a => a.Path == path && a.Rule == f.Rule))
                .Select(f => $"{path}:{f.Line}: {f.Rule} ({f.Excerpt})"));
        }

        Assert.True(findings.Count == 0, "Possible secrets in tracked files:\n" + string.Join("\n", findings));
    }

    [Fact]
    public void Every_allowed_finding_is_still_there()
    {
        foreach (var (path, rule, why) in s_allowed)
        {
            Assert.False(string.IsNullOrWhiteSpace(why), $"{path}: an allowed finding needs its reason");
            Assert.Contains(SecretScanner.Scan(File.ReadAllText(RepositoryFiles.PathOf(path))), f => f.Rule == rule);
        }
    }

    // The samples are put together at run time, so that this file holds none of them whole.
    public static TheoryData<string, string> Leaks => new()
    {
        { "private key", "-----BEGIN " + "RSA PRIVATE KEY-----\nMIIEow..." },
        { "AWS access key", "aws_access_key_id = " + "AKIA" + "Q3EGRAZ7XK2PLM4N" },
        { "GitHub token", "token: " + "ghp_" + new string('a', 20) + "B1c2D3e4F5g6H7i8J9k0" },
        { "Slack token", "xox" + "b-1234567890-abcdefghij" },
        { "Stripe key", "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc" },
        { "Google API key", "AIza" + "SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY" },
        { "JSON web token", "eyJ" + "hbGciOiJIUzI1NiJ9.eyJ" + "zdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U" },
        { "Sentry DSN with its key", string.Concat("SENTRY_", "DSN", "=https", "://", Convert.ToHexStringLower(new byte[16]).Replace('0', 'c'), "@o12345.ingest.", "sentry", ".io/678") },
        { "password in a database URL", "DATABASE_URL=postgres://u7x:" + "Zq8m2LkP0vR4" + "@ec2-34-200-1-2.compute-1.amazonaws.com:5432/d1" },
        { "password in a connection string", "Host=db.internal;Username=app;Pass" + "word=Zq8m2LkP0vR4;Database=app" },
        { "secret-named setting", "HEROKU_API_KEY=" + "8c1f6e2a-5b3d-4e7f-9a0b-1c2d3e4f5a6b" },
    };

    [Theory]
    [MemberData(nameof(Leaks))]
    public void The_scan_finds_each_kind_of_secret(string rule, string text) =>
        Assert.Contains(SecretScanner.Scan(text), f => f.Rule == rule);

    public static TheoryData<string> Harmless =>
    [
        "DATABASE_URL=postgres://lettings:" + "hunter2-secret" + "@db.example.com:5432/lettings",
        "postgres://user:password@host:5432/database",
        "Password=...;Database=lettings",
        "HEROKU_API_KEY=${{ secrets.HEROKU_API_KEY }}",
        "HEROKU_API_KEY=\"$HEROKU_API_KEY\"",
        "SENTRY_DSN=https://PUBLIC_KEY@o0.ingest.sentry.io/PROJECT_ID",
        "http://fakepublickey@127.0.0.1:5000/1",
        "export LETTINGS_ADMIN_PASSWORD=<a long password>",
        "var password = StaffAccounts.NewPassword();",
        "Password = settings.Password,",
        "private const string Secret = \"do-not-send-3f9a\";",
    ];

    [Theory]
    [MemberData(nameof(Harmless))]
    public void Placeholders_and_documentation_hosts_are_not_findings(string text) =>
        Assert.Empty(SecretScanner.Scan(text));
}
