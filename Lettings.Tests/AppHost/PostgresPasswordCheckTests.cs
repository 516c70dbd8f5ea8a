extern alias AppHost;
using System.Security.Cryptography;
using AppHost::Lettings.AppHost;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Lettings.Tests.AppHost;

/// <summary>
/// PostgreSQL's data volume outlives the password the AppHost now has (user secrets cleared, another machine
/// user): instead of waiting silently, the AppHost's console names the volume and the command that fixes it.
/// </summary>
[Trait(TestRequirements.Trait, TestRequirements.Docker)]
public sealed class PostgresPasswordCheckTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task A_volume_made_with_another_password_is_reported_on_the_console_with_its_fix()
    {
        using var cancellation = new CancellationTokenSource(s_timeout);
        var token = cancellation.Token;
        // A volume of its own (Aspire names it after this hash), so a developer's data is never touched.
        var checkout = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        string[] Run(string password) =>
            ["--Lettings:Postgres=true", "--Lettings:PgAdmin=false", "--Lettings:DataVolume=true", $"--AppHostSha={checkout}", $"--Parameters:postgres-password={password}"];

        string? volume = null;
        try
        {
            await using (var first = await StartAsync(Run($"first-{Guid.NewGuid():N}"), token))
            {
                volume = VolumeOf(first);
                await first.App.ResourceNotifications.WaitForResourceHealthyAsync("postgres", token);
            }

            await using var second = await StartAsync(Run($"second-{Guid.NewGuid():N}"), token);
            Assert.Equal(volume, VolumeOf(second));
            var report = await WaitForReportAsync(second.Logs, token);

            Assert.Equal(LogLevel.Error, report.Level);
            Assert.Contains(volume, report.Message, StringComparison.Ordinal);
            Assert.Contains($"docker volume rm {volume}", report.Message, StringComparison.Ordinal);
            Assert.Contains("dotnet user-secrets set Parameters:postgres-password", report.Message, StringComparison.Ordinal);
        }
        finally
        {
            if (volume is not null)
            {
                await DockerCli.RunAsync("volume", "rm", "--force", volume);
            }
        }
    }

    [Fact]
    public void Only_a_refused_password_counts_as_one()
    {
        static HealthReportSnapshot[] With(string? exception) => [new("postgres_check", HealthStatus.Unhealthy, null, exception)];

        Assert.True(PostgresPasswordCheck.RefusesThePassword(
            With("Npgsql.PostgresException (0x80004005): 28P01: password authentication failed for user \"postgres\"")));
        Assert.False(PostgresPasswordCheck.RefusesThePassword(
            With("Npgsql.NpgsqlException (0x80004005): Failed to connect to 127.0.0.1:5432")));
        Assert.False(PostgresPasswordCheck.RefusesThePassword(With(null)));
    }

    // Not awaited: the testing host's start waits for the database, which here refuses the password for good.
    private static async Task<RunningAppHost> StartAsync(string[] args, CancellationToken token)
    {
        var builder = await AppHostBuilder.CreateAsync(args, token);
        await AppHostBuilder.RequirePostgresImageAsync(builder);
        builder.Services.AddLogging(logging => logging.AddFakeLogging());
        var app = await builder.BuildAsync(token);
        return new RunningAppHost(app, app.StartAsync(token));
    }

    private static string VolumeOf(RunningAppHost host) =>
        host.App.Services.GetRequiredService<DistributedApplicationModel>().Resources.OfType<PostgresServerResource>().Single()
            .Annotations.OfType<ContainerMountAnnotation>().Single(mount => mount.Type == ContainerMountType.Volume).Source!;

    private static async Task<FakeLogRecord> WaitForReportAsync(FakeLogCollector logs, CancellationToken token)
    {
        while (true)
        {
            if (logs.GetSnapshot().FirstOrDefault(r => r.Category == typeof(PostgresPasswordCheck).FullName) is { } report)
            {
                return report;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), token);
        }
    }

    private sealed class RunningAppHost(DistributedApplication app, Task starting) : IAsyncDisposable
    {
        public DistributedApplication App { get; } = app;

        public FakeLogCollector Logs => App.Services.GetFakeLogCollector();

        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
            await Task.WhenAny(starting, Task.Delay(TimeSpan.FromSeconds(30)));
        }
    }
}
