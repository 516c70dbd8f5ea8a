using System.Reflection;

namespace Lettings.Web.Commands;

/// <summary>One switch (or, with <see cref="OperandAttribute"/>, one operand) of a command: a public settable property of its class.</summary>
public sealed record CommandSwitch(string Name, Type ValueType, bool IsRequired, string Placeholder, bool IsOperand = false)
{
    public static IReadOnlyList<CommandSwitch> Of(Type commandType) =>
    [
        .. commandType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is { IsPublic: true })
            .Select(property => new CommandSwitch(
                property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name.ToLowerInvariant(),
                property.PropertyType,
                property.IsDefined(typeof(RequiredAttribute)),
                property.GetCustomAttribute<DisplayAttribute>()?.Prompt ?? property.Name.ToUpperInvariant(),
                property.IsDefined(typeof(OperandAttribute)))),
    ];

    public bool IsFlag => ValueType == typeof(bool);

    public override string ToString() => this switch
    {
        { IsOperand: true, IsRequired: true } => Placeholder,
        { IsOperand: true } => $"[{Placeholder}]",
        { IsFlag: true } => $"[--{Name}]",
        { IsRequired: true } => $"--{Name} {Placeholder}",
        _ => $"[--{Name} {Placeholder}]",
    };
}
