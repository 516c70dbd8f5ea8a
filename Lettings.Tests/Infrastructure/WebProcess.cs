using System.Diagnostics;

namespace Lettings.Tests.Infrastructure;

/// <summary>Runs the built site as its own process (<c>dotnet Lettings.Web.dll ...</c>), as Heroku or a shell would.</summary>
public static class WebProcess
{
    // A clean slate: nothing inherited may choose the database or the environment for the child.
    private static readonly string[] s_inherited =
        ["ConnectionStrings__lettings", "DATABASE_URL", "PORT", "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_ENVIRONMENT"];

    public static string AssemblyPath => typeof(Program).Assembly.Location;

    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var variables = s_inherited.ToDictionary(name => name, _ => (string?)null);
        variables["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            variables[key] = value;
        }

        return ProcessRunner.StartInfo("dotnet", [AssemblyPath, .. args], variables, Path.GetDirectoryName(AssemblyPath));
    }

    /// <summary>Runs a command of the site to completion (bounded) and returns its exit code and output.</summary>
    public static Task<CommandResult> RunAsync(IReadOnlyDictionary<string, string?> environment, string? standardInput, params string[] args) =>
        ProcessRunner.RunAsync(StartInfo(environment, args), TimeSpan.FromMinutes(2), standardInput);

    /// <summary>The environment that points the child process at a test database.</summary>
    public static Dictionary<string, string?> EnvironmentFor(TestDatabase database) =>
        database.Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
}
