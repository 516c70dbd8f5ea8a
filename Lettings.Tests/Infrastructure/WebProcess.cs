using System.Diagnostics;
using System.Text;

namespace Lettings.Tests.Infrastructure;

/// <summary>Runs the built site as its own process (<c>dotnet Lettings.Web.dll ...</c>), as Heroku or a shell would.</summary>
public static class WebProcess
{
    public static string AssemblyPath => typeof(Program).Assembly.Location;

    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(AssemblyPath)!,
        };
        info.ArgumentList.Add(AssemblyPath);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // A clean slate: nothing inherited may choose the database or the environment for the child.
        foreach (var name in new[] { "ConnectionStrings__lettings", "DATABASE_URL", "PORT", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" })
        {
            info.Environment.Remove(name);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        return info;
    }

    /// <summary>Runs a command to completion (bounded) and returns its exit code and output.</summary>
    public static async Task<CommandResult> RunAsync(IReadOnlyDictionary<string, string?> environment, string? standardInput, params string[] args)
    {
        using var process = Process.Start(StartInfo(environment, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CommandResult(process.ExitCode, await output, await error);
    }

    /// <summary>The environment that points the child process at a test database.</summary>
    public static Dictionary<string, string?> EnvironmentFor(TestDatabase database) =>
        database.Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
}

public sealed record CommandResult(int ExitCode, string Output, string Error)
{
    public override string ToString()
    {
        var text = new StringBuilder().Append("exit ").Append(ExitCode).AppendLine();
        return text.AppendLine(Output).AppendLine(Error).ToString();
    }
}
