namespace Lettings.Web.Commands;

/// <summary>
/// A one-shot command run instead of the web server: <c>dotnet Lettings.Web.dll NAME [--switch value ...]</c>.
/// Its public settable properties are its switches, bound from the command line through configuration
/// (<c>--username alice</c> sets <c>Username</c>; a <c>bool</c> is a flag; <c>[Required]</c> makes a switch
/// mandatory; <c>[Display(Prompt = "N")]</c> names its value in the usage text). Register it with
/// <see cref="CommandServiceExtensions.AddSiteCommand{TCommand}"/>; it is resolved from a DI scope, so it
/// takes its services in its constructor.
/// </summary>
public interface ISiteCommand
{
    /// <summary>What is typed after the assembly name, e.g. <c>create-admin</c>.</summary>
    static abstract string CommandName { get; }

    /// <summary>One line for the usage listing.</summary>
    static abstract string Summary { get; }

    /// <summary>Runs with the switches bound. Exit code: 0 done, 1 refused or failed (say why on stderr).</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}
