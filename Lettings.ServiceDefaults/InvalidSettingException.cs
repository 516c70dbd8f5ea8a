namespace Lettings.ServiceDefaults;

/// <summary>
/// A setting a service cannot start with. The message names the variable as an operator sets it
/// (<c>Database__Seed</c>, <c>SENTRY_DSN</c>) and what it must be; it repeats the value only when that value is no
/// secret.
/// </summary>
public class InvalidSettingException(string variable, string problem)
    : Exception($"The setting {variable} {problem}.")
{
    public string Variable { get; } = variable;
}
