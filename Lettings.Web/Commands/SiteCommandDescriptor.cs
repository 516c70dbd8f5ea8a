namespace Lettings.Web.Commands;

/// <summary>A registered command: enough to list it and to resolve it, without constructing it.</summary>
public sealed record SiteCommandDescriptor(string Name, string Summary, Type Type, IReadOnlyList<CommandSwitch> Switches)
{
    public string Usage => string.Join(' ', [Name, .. Switches.Select(s => s.ToString())]);

    public static SiteCommandDescriptor For<TCommand>()
        where TCommand : ISiteCommand =>
        new(TCommand.CommandName, TCommand.Summary, typeof(TCommand), CommandSwitch.Of(typeof(TCommand)));
}
