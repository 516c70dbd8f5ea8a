using Lettings.Web.Commands;
using Microsoft.AspNetCore.Builder;

namespace Lettings.Tests.Commands;

/// <summary>
/// <c>dotnet Lettings.Web.dll ...</c> as a shell runs it: the usage lists every registered command, an unknown
/// command or switch is wrong usage (exit 2) and never starts the web server.
/// </summary>
public sealed class CommandLineTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    public static IReadOnlyList<SiteCommandDescriptor> RegisteredCommands()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.AddLettingsCommands();
        using var services = builder.Services.BuildServiceProvider();
        return [.. services.GetServices<SiteCommandDescriptor>()];
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_lists_every_registered_command_with_its_usage_and_exits_0(string help)
    {
        var result = await RunAsync(help);

        Assert.True(result.ExitCode == 0, result.ToString());
        var commands = RegisteredCommands();
        Assert.NotEmpty(commands);
        Assert.All(commands, command => Assert.Contains(command.Usage, result.Output, StringComparison.Ordinal));
        Assert.DoesNotContain("Now listening", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_wrong_usage_and_lists_every_registered_command()
    {
        var result = await RunAsync("migrat");

        Assert.Equal(CommandRunner.WrongUsage, result.ExitCode);
        Assert.Contains("Unknown command 'migrat'", result.Error, StringComparison.Ordinal);
        Assert.All(RegisteredCommands(), command => Assert.Contains(command.Usage, result.Error, StringComparison.Ordinal));
        Assert.DoesNotContain("Now listening", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_switch_is_wrong_usage_naming_it_and_the_command_s_usage()
    {
        var result = await RunAsync(CreateAdminCommand.CommandName, "--usename", "alice", "--email", "alice@example.com");

        Assert.Equal(CommandRunner.WrongUsage, result.ExitCode);
        Assert.Contains("--usename", result.Error, StringComparison.Ordinal);
        Assert.Contains(SiteCommandDescriptor.For<CreateAdminCommand>().Usage, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_s_help_shows_its_usage_and_runs_nothing()
    {
        var result = await RunAsync(CreateAdminCommand.CommandName, "--help");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(SiteCommandDescriptor.For<CreateAdminCommand>().Usage, result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(_database.FilePath), "help must not create the database");
    }

    private Task<CommandResult> RunAsync(params string[] args) =>
        WebProcess.RunAsync(WebProcess.EnvironmentFor(_database), null, args);

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
