using System.Text;

namespace Lettings.Web.Commands;

/// <summary>The usage text, built from the registered commands.</summary>
public static class CommandUsage
{
    private const string Invocation = "dotnet Lettings.Web.dll";

    public static bool IsHelp(string arg) => arg is "--help" or "-h" or "-?" or "help";

    public static string Listing(IReadOnlyCollection<SiteCommandDescriptor> commands)
    {
        var text = new StringBuilder()
            .AppendLine($"Usage: {Invocation} [COMMAND [OPTIONS]]")
            .AppendLine("Without a command the site serves HTTP until it is stopped.")
            .AppendLine()
            .AppendLine("Commands:");
        var width = commands.Max(c => c.Usage.Length) + 2;
        foreach (var command in commands)
        {
            text.Append("  ").Append(command.Usage.PadRight(width)).AppendLine(command.Summary);
        }

        return text.AppendLine().Append($"{Invocation} COMMAND --help shows one command.").ToString();
    }

    public static string Of(SiteCommandDescriptor command) =>
        $"Usage: {Invocation} {command.Usage}{Environment.NewLine}{command.Summary}";
}
