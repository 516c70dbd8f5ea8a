using Lettings.Tests.Infrastructure;
using Lettings.Web.Admin.Accounts;
using Lettings.Web.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace Lettings.Tests.Browser;

/// <summary>A staff account for the browser to sign in with, made the way an operator makes one.</summary>
public sealed record StaffAccount(string Username, string Password)
{
    public string Email => $"{Username}@lettings.test";

    /// <summary>
    /// The first administrator, created as the README says: <c>dotnet Lettings.Web.dll create-admin</c> on the
    /// site's database, the password given through the environment.
    /// </summary>
    public static async Task<StaffAccount> CreateWithCommandAsync(KestrelApp app, string username)
    {
        var account = new StaffAccount(username, NewPassword());
        var environment = WebProcess.EnvironmentFor(app.Database);
        environment[CreateAdminCommand.PasswordVariable] = account.Password;

        var result = await WebProcess.RunAsync(
            environment, standardInput: null, CreateAdminCommand.CommandName, "--username", username, "--email", account.Email);

        Assert.True(result.ExitCode == 0, $"create-admin failed: {result}");
        return account;
    }

    /// <summary>A staff account through the service behind <c>create-admin</c> (quicker than starting a process).</summary>
    public static async Task<StaffAccount> CreateAsync(KestrelApp app, string username)
    {
        var account = new StaffAccount(username, NewPassword());
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccountCreator>()
            .CreateAsync(username, account.Email, account.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return account;
    }

    private static string NewPassword() => $"Browser-{Guid.NewGuid():N}!";
}
