namespace Lettings.Web.Commands;

/// <summary>
/// Marks a command property as an operand: a value typed without a switch name, in declaration order
/// (<c>import-django PATH</c>). Everything that does not start with <c>-</c> (or is <c>-</c> alone) and is not the
/// value of a preceding switch is an operand.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OperandAttribute : Attribute;
