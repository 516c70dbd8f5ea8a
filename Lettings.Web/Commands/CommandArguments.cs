namespace Lettings.Web.Commands;

/// <summary>
/// Binds the arguments after a command's name to the command's switches with the configuration binder.
/// They get a configuration of their own rather than the app's, so that an environment variable such as
/// <c>USERNAME</c> can never fill a switch the operator left out.
/// </summary>
public static class CommandArguments
{
    // Switches that configure the host for every command, as they do for the site (--environment Development,
    // --Database:SqlitePath=...): left to the app's configuration, never taken for the command's own.
    private static readonly string[] s_hostKeys = [HostDefaults.EnvironmentKey, HostDefaults.ContentRootKey, HostDefaults.ApplicationKey];

    /// <summary>Sets the command's switches; returns why the arguments do not fit, or null when they do.</summary>
    public static string? TryBind(object command, SiteCommandDescriptor descriptor, IReadOnlyList<string> args)
    {
        var (named, operands) = SplitOperands(args, descriptor.Switches);
        var operandSwitches = descriptor.Switches.Where(s => s.IsOperand).ToList();
        if (operands.Count > operandSwitches.Count)
        {
            return $"Unexpected argument '{operands[operandSwitches.Count]}'.";
        }

        var switches = new ConfigurationBuilder()
            .AddCommandLine(WithFlagValues(named, descriptor.Switches))
            .AddInMemoryCollection(operands.Select((value, i) => KeyValuePair.Create(operandSwitches[i].Name, (string?)value)))
            .Build();
        var unknown = switches.GetChildren()
            .Where(entry => entry.Value is not null && !IsSwitch(entry.Key, descriptor) && !s_hostKeys.Contains(entry.Key, StringComparer.OrdinalIgnoreCase))
            .Select(entry => $"--{entry.Key}")
            .ToList();
        if (unknown.Count > 0)
        {
            return $"Unknown option {string.Join(", ", unknown)}.";
        }

        if (descriptor.Switches.FirstOrDefault(s => !Converts(switches, s)) is { } wrong)
        {
            return $"The value of --{wrong.Name} is not a valid {Nullable.GetUnderlyingType(wrong.ValueType) ?? wrong.ValueType}.";
        }

        switches.Bind(command);

        var missing = descriptor.Switches.Where(s => s.IsRequired && string.IsNullOrWhiteSpace(switches[s.Name])).ToList();
        if (missing.Count > 0)
        {
            return $"Missing {string.Join(", ", missing.Select(s => s.IsOperand ? s.Placeholder : $"--{s.Name}"))}.";
        }

        var errors = new List<ValidationResult>();
        return Validator.TryValidateObject(command, new ValidationContext(command), errors, validateAllProperties: true)
            ? null
            : string.Join(" ", errors.Select(e => e.ErrorMessage));
    }

    // "--name value", "--name=value" and flags are switches; any other word ("-" alone too: standard input) is an operand.
    private static (List<string> Named, List<string> Operands) SplitOperands(IReadOnlyList<string> args, IReadOnlyList<CommandSwitch> switches)
    {
        var flags = switches.Where(s => s.IsFlag).Select(s => $"--{s.Name}").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (named, operands) = (new List<string>(), new List<string>());
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "-" || !arg.StartsWith('-'))
            {
                operands.Add(arg);
                continue;
            }

            named.Add(arg);
            var takesValue = !arg.Contains('=', StringComparison.Ordinal)
                && (!flags.Contains(arg) || (i + 1 < args.Count && bool.TryParse(args[i + 1], out _)));
            if (takesValue && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                named.Add(args[++i]);
            }
        }

        return (named, operands);
    }

    private static bool Converts(IConfiguration switches, CommandSwitch candidate)
    {
        try
        {
            _ = switches.GetValue(candidate.ValueType, candidate.Name);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsSwitch(string key, SiteCommandDescriptor descriptor) =>
        descriptor.Switches.Any(s => string.Equals(s.Name, key, StringComparison.OrdinalIgnoreCase));

    // The command-line provider reads "--force" as a key waiting for a value, and drops a key that gets none:
    // a flag standing alone means true, and any other switch without a value is kept (empty) to be refused.
    private static string[] WithFlagValues(List<string> args, IReadOnlyList<CommandSwitch> switches)
    {
        var flags = switches.Where(s => s.IsFlag).Select(s => $"--{s.Name}").ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. args.Select((arg, i) => (arg, next: i + 1 < args.Count ? args[i + 1] : null) switch
        {
            var (flag, next) when flags.Contains(flag) && !bool.TryParse(next, out _) => $"{flag}=true",
            var (key, next) when key.StartsWith("--", StringComparison.Ordinal) && !key.Contains('=', StringComparison.Ordinal)
                && (next is null || next.StartsWith("--", StringComparison.Ordinal)) => $"{key}=",
            var (other, _) => other,
        })];
    }
}
