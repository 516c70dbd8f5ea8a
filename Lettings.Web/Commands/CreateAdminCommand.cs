using System.Text;
using Lettings.Web.Admin.Accounts;
using Lettings.Web.Data;

namespace Lettings.Web.Commands;

/// <summary>
/// <c>dotnet Lettings.Web.dll create-admin --username NAME --email EMAIL</c>: creates a staff account. The password
/// comes from <c>LETTINGS_ADMIN_PASSWORD</c> or standard input (first line; typed without echo on a terminal),
/// never from the command line. Exit 0 when created; 1 when refused (nothing written); 2 for wrong usage.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "LETTINGS_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(WebApplication app, IReadOnlyList<string> args)
    {
        var username = Option(args, "--username");
        var email = Option(args, "--email");
        if (string.IsNullOrWhiteSpace(username) || string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync($"Usage: dotnet Lettings.Web.dll {Name} --username NAME --email EMAIL "
                + $"(password from ${PasswordVariable} or standard input)");
            return 2;
        }

        var password = app.Configuration[PasswordVariable] is { Length: > 0 } fromEnvironment ? fromEnvironment : ReadPassword();
        await using var scope = app.Services.CreateAsyncScope();
        var creator = scope.ServiceProvider.GetRequiredService<StaffAccountCreator>();

        // The password is judged before the database is touched, so a refusal writes nothing at all.
        var verdict = await creator.ValidatePasswordAsync(username, password);
        if (verdict.Succeeded)
        {
            await app.PrepareDatabaseAsync();
            verdict = await creator.CreateAsync(username, email, password);
        }

        if (!verdict.Succeeded)
        {
            foreach (var error in verdict.Errors)
            {
                await Console.Error.WriteLineAsync(error.Description);
            }

            await Console.Error.WriteLineAsync($"No account was created.");
            return 1;
        }

        Console.WriteLine($"Created the staff account '{username}'. Sign in at /admin/login/.");
        return 0;
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == name && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith(name + "=", StringComparison.Ordinal))
            {
                return args[i][(name.Length + 1)..];
            }
        }

        return null;
    }

    private static string ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine() ?? "";
        }

        Console.Error.Write("Password: ");
        var password = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return password.ToString();
    }
}
