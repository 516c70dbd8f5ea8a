using Lettings.Web.Admin.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Lettings.Web.Commands;

/// <summary>
/// The first administrator (staff with the right to manage accounts and roles). The password never comes from the command line, where shell history and the
/// process list would keep it: <c>LETTINGS_ADMIN_PASSWORD</c>, else standard input.
/// </summary>
public sealed class CreateAdminCommand(
    StaffAccountCreator creator,
    DatabaseStartup database,
    IConfiguration configuration,
    IOptionsMonitor<CookieAuthenticationOptions> cookies) : ISiteCommand
{
    public const string PasswordVariable = "LETTINGS_ADMIN_PASSWORD";

    public static string CommandName => "create-admin";

    public static string Summary => $"Creates an administrator account; the password comes from ${PasswordVariable} or standard input.";

    [Required]
    [Display(Prompt = "NAME")]
    public string Username { get; set; } = "";

    [Required]
    [Display(Prompt = "EMAIL")]
    public string Email { get; set; } = "";

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var password = configuration[PasswordVariable] is { Length: > 0 } fromEnvironment ? fromEnvironment : PasswordPrompt.Read();

        // The password is judged before the database is touched, so a refusal writes nothing at all.
        var verdict = await creator.ValidatePasswordAsync(Username, password);
        if (verdict.Succeeded)
        {
            await database.PrepareAsync(cancellationToken);
            verdict = await creator.CreateAsync(Username, Email, password, administrator: true, cancellationToken);
        }

        if (!verdict.Succeeded)
        {
            foreach (var error in verdict.Errors)
            {
                await Console.Error.WriteLineAsync(error.Description);
            }

            await Console.Error.WriteLineAsync("No account was created.");
            return CommandRunner.Refused;
        }

        Console.WriteLine($"Created the staff account '{Username}'. Sign in at {SignInPath}.");
        return 0;
    }

    // Where the back office sends a visitor who is not signed in (the endpoints are not mapped in a command).
    private PathString SignInPath => cookies.Get(IdentityConstants.ApplicationScheme).LoginPath;
}
