using Lettings.Web.Admin.Accounts;
using Lettings.Web.Commands;

namespace Lettings.Tests.Commands;

/// <summary>
/// <c>dotnet Lettings.Web.dll create-admin --username NAME --email EMAIL</c> run as a real process on the app's
/// database: the password from standard input or the environment; weak passwords and taken usernames refused
/// with Identity's message, a non-zero exit and nothing written.
/// </summary>
public sealed class CreateAdminCommandTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Creates_a_staff_account_with_the_password_from_standard_input()
    {
        var password = StaffAccounts.NewPassword();

        var result = await RunAsync(password + "\n", null, "--username", "first-admin", "--email", "first@example.com");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Created the staff account 'first-admin'", result.Output, StringComparison.Ordinal);
        await AssertStaffAsync("first-admin", "first@example.com");
        Assert.DoesNotContain(password, result.Output + result.Error, StringComparison.Ordinal);
        using var signIn = await new AdminBrowser(app).SignInAsync("first-admin", password);
        Assert.Equal("/admin/", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Creates_a_staff_account_with_the_password_from_the_environment()
    {
        var password = StaffAccounts.NewPassword();

        var result = await RunAsync(null, password, "--username", "env-admin", "--email", "env@example.com");

        Assert.True(result.ExitCode == 0, result.ToString());
        await AssertStaffAsync("env-admin", "env@example.com");
        using var signIn = await new AdminBrowser(app).SignInAsync("env-admin", password);
        Assert.Equal("/admin/", signIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Refuses_a_weak_password_with_identity_s_message_and_writes_nothing()
    {
        var before = await SnapshotAsync();

        var result = await RunAsync("too-short\n", null, "--username", "weak-admin", "--email", "weak@example.com");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Passwords must be at least 12 characters.", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Refuses_a_username_that_is_taken_and_writes_nothing()
    {
        var before = await SnapshotAsync();

        var result = await RunAsync(null, StaffAccounts.NewPassword(), "--username", "DavWin", "--email", "other@example.com");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Username 'DavWin' is already taken.", result.Error, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
        Assert.False(await app.WithDbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == db.Users.Single(u => u.UserName == "DavWin").Id)));
    }

    [Fact]
    public async Task Explains_its_usage_when_an_option_is_missing()
    {
        var result = await RunAsync(null, StaffAccounts.NewPassword(), "--username", "no-email");

        Assert.Equal(CommandRunner.WrongUsage, result.ExitCode);
        Assert.Contains("--email", result.Error, StringComparison.Ordinal);
        Assert.Contains(SiteCommandDescriptor.For<CreateAdminCommand>().Usage, result.Error, StringComparison.Ordinal);
    }

    private async Task<CommandResult> RunAsync(string? standardInput, string? passwordVariable, params string[] options)
    {
        var environment = WebProcess.EnvironmentFor(app.Database);
        environment[CreateAdminCommand.PasswordVariable] = passwordVariable;
        return await WebProcess.RunAsync(environment, standardInput, [CreateAdminCommand.CommandName, .. options]);
    }

    private async Task AssertStaffAsync(string username, string email)
    {
        var (storedEmail, staff, hash) = await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.UserName == username);
            var isStaff = await db.UserRoles.AnyAsync(ur => ur.UserId == user.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Staff.Role));
            return (user.Email, isStaff, user.PasswordHash);
        });
        Assert.Equal(email, storedEmail);
        Assert.True(staff);
        Assert.False(string.IsNullOrEmpty(hash));
    }

    private Task<(int Users, int UserRoles, int Roles)> SnapshotAsync() =>
        app.WithDbAsync(async db => (await db.Users.CountAsync(), await db.UserRoles.CountAsync(), await db.Roles.CountAsync()));
}
