using Lettings.Web.Accounts;
using Lettings.Web.Admin.Accounts;
using Lettings.Web.Commands;
using Microsoft.AspNetCore.Identity;

namespace Lettings.Tests.Infrastructure;

/// <summary>The accounts the tests sign in with, made the ways the site makes them.</summary>
public static class StaffAccounts
{
    /// <summary>A password long enough for the rules, different per call, never a fixed credential.</summary>
    public static string NewPassword() => "pw-" + Guid.NewGuid().ToString("N");

    /// <summary>
    /// An administrator, or a member of staff without the administrator right, through the service behind
    /// <c>create-admin</c> (quicker than starting a process).
    /// </summary>
    public static async Task<StaffAccount> CreateAsync(LettingsApp app, string? username = null, string? password = null, bool administrator = true)
    {
        var account = new StaffAccount(username ?? "staff" + Guid.NewGuid().ToString("N")[..8], password ?? NewPassword());
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffAccountCreator>()
            .CreateAsync(account.Username, account.Email, account.Password, administrator);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return account;
    }

    /// <summary>A signed-up member without the staff flag.</summary>
    public static async Task<StaffAccount> CreateMemberAsync(LettingsApp app, string username, string? password = null)
    {
        var account = new StaffAccount(username, password ?? NewPassword());
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LettingsUser>>();
        var result = await users.CreateAsync(new LettingsUser { UserName = account.Username, Email = account.Email }, account.Password);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        return account;
    }

    /// <summary>
    /// The first administrator, created as the README says: <c>dotnet Lettings.Web.dll create-admin</c> on the
    /// site's database, the password given through the environment.
    /// </summary>
    public static async Task<StaffAccount> CreateWithCommandAsync(LettingsApp app, string username)
    {
        var account = new StaffAccount(username, NewPassword());
        var environment = WebProcess.EnvironmentFor(app.Database);
        environment[CreateAdminCommand.PasswordVariable] = account.Password;

        var result = await WebProcess.RunAsync(
            environment, standardInput: null, CreateAdminCommand.CommandName, "--username", username, "--email", account.Email);

        Assert.True(result.ExitCode == 0, $"create-admin failed: {result}");
        return account;
    }
}
