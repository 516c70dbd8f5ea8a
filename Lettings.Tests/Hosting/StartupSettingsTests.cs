extern alias AppHost;

using System.Diagnostics;
using Lettings.Web.Commands;
using Lettings.Web.Hosting;

namespace Lettings.Tests.Hosting;

/// <summary>
/// Every setting of the README's table, malformed, stops the real process before it serves: one line on stderr
/// naming the variable, exit code 1, no stack trace, and never the value of a secret.
/// </summary>
public sealed class StartupSettingsTests : IAsyncLifetime
{
    private const string SentryDsn = "https://public-key-7f3a@127.0.0.1:9/42";
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(90);

    private readonly SqliteTestDatabase _database = new();

    public static TheoryData<string, string, bool> MalformedSettings() => new()
    {
        { "ConnectionStrings__lettings", "Database=lettings;Password=hunter2-secret", true },
        { "ConnectionStrings__lettings", "Host=db;Password=hunter2-secret;Bogus Option=1", true },
        { "DATABASE_URL", "mysql://lettings:hunter2-secret@db.example.com/lettings", true },
        { "Database__SqlitePath", "/proc/version/lettings.db", false },
        { "Database__MigrateOnStartup", "sometimes", false },
        { "Database__Seed", "yes", false },
        { "PORT", "eighty", false },
        { "ASPNETCORE_URLS", "localhost:8000", false },
        { "ASPNETCORE_HTTP_PORTS", "80;http", false },
        { "ASPNETCORE_FORWARDEDHEADERS_ENABLED", "1", false },
        { "OTEL_EXPORTER_OTLP_ENDPOINT", "collector:4317", false },
        { "SENTRY_DSN", "hunter2-secret@sentry.example.com", true },
        { "SENTRY_DSN", "https://hunter2-secret@sentry.example.com/", true },
        { "SENTRY_TRACES_SAMPLE_RATE", "1.5", false },
        { "BackOffice__RequireTwoFactor", "yes", false },
    };

    // Checked only when Sentry is on (a DSN is set), since only then are they sent anywhere.
    public static TheoryData<string, string> MalformedSentryNames() => new()
    {
        { SentrySettings.EnvironmentVariable, "staging/eu" },
        { SentrySettings.EnvironmentVariable, "None" },
        { BuildInfo.ReleaseVariable, "latest" },
        { BuildInfo.ReleaseVariable, "v1\tbuild" },
    };

    [Theory]
    [MemberData(nameof(MalformedSettings))]
    public async Task A_malformed_setting_stops_the_site_with_one_line_naming_it(string variable, string value, bool secret)
    {
        var result = await StartSiteAsync(new() { [variable] = value });

        AssertRefused(result, variable, secret ? value : null);
    }

    [Theory]
    [MemberData(nameof(MalformedSentryNames))]
    public async Task A_name_Sentry_would_refuse_stops_the_site_when_Sentry_is_on(string variable, string value)
    {
        var result = await StartSiteAsync(new() { [SentrySettings.DsnVariable] = SentryDsn, [variable] = value });

        AssertRefused(result, variable, secret: null);
    }

    [Fact]
    public async Task A_weak_LETTINGS_ADMIN_PASSWORD_is_refused_without_being_printed()
    {
        const string Weak = "hunter2";
        var environment = WebProcess.EnvironmentFor(_database);
        environment[CreateAdminCommand.PasswordVariable] = Weak;

        var result = await RunToExitAsync(WebProcess.StartInfo(environment, CreateAdminCommand.CommandName, "--username", "weak", "--email", "weak@example.com"));

        Assert.Equal(CommandRunner.Refused, result.ExitCode);
        Assert.Contains("No account was created.", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(Weak, result.Output + result.Error, StringComparison.Ordinal);
        AssertNoStackTrace(result);
    }

    [Theory]
    [InlineData("Lettings__Postgres", "maybe")]
    [InlineData("Lettings__DataVolume", "no")]
    [InlineData("Lettings__PgAdmin", "1")]
    [InlineData("Lettings__WebPort", "80000")]
    public async Task A_malformed_AppHost_switch_stops_the_AppHost_with_one_line_naming_it(string variable, string value)
    {
        var info = ProcessRunner.StartInfo(
            "dotnet", [typeof(AppHost::Lettings.AppHost.AppHostSettings).Assembly.Location], new Dictionary<string, string?> { [variable] = value });

        var result = await RunToExitAsync(info);

        AssertRefused(result, variable, secret: null);
    }

    private static void AssertRefused(CommandResult result, string variable, string? secret)
    {
        Assert.True(result.ExitCode == StartFailure.ExitCode, result.ToString());
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, line => line.Contains(variable, StringComparison.Ordinal));
        Assert.DoesNotContain("Now listening", result.Output, StringComparison.Ordinal);
        AssertNoStackTrace(result);
        if (secret is not null)
        {
            Assert.DoesNotContain("hunter2-secret", result.Output + result.Error, StringComparison.Ordinal);
        }
    }

    private static void AssertNoStackTrace(CommandResult result)
    {
        var text = result.Output + result.Error;
        Assert.DoesNotContain("Unhandled exception", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", text);
    }

    private Task<CommandResult> StartSiteAsync(Dictionary<string, string?> settings)
    {
        var environment = WebProcess.EnvironmentFor(_database);
        environment["PORT"] = LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }

        return RunToExitAsync(WebProcess.StartInfo(environment));
    }

    // A process still running at the limit has started instead of refusing: the runner kills it and fails the test.
    private static Task<CommandResult> RunToExitAsync(ProcessStartInfo info) => ProcessRunner.RunAsync(info, s_limit);

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
