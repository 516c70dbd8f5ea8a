namespace Lettings.Web.Admin.Common;

/// <summary>
/// One of a list's filters: its name in the query string, its label, the value chosen (null: all) and the values to
/// choose from. A value that is not among them filters to nothing rather than failing.
/// </summary>
public sealed record ListFilter(string Name, string Label, string? Value, IReadOnlyList<ListChoice> Choices)
{
    /// <summary>At most this many values are offered; past it, the filter takes any typed value (with these as suggestions).</summary>
    public const int MaxChoices = 100;

    public bool IsOpen => Choices.Count >= MaxChoices;

    /// <summary>A filter with two choices, bound to a <c>bool?</c> (<c>name=true</c>, <c>name=false</c>; anything else: all).</summary>
    public static ListFilter YesNo(string name, string label, bool? value, string yes, string no) =>
        new(name, label, value switch { true => "true", false => "false", null => null }, [new("true", yes), new("false", no)]);
}

public sealed record ListChoice(string Value, string Label)
{
    public static async Task<IReadOnlyList<ListChoice>> DistinctAsync(IQueryable<string> values, CancellationToken cancellationToken) =>
        [.. (await values.Distinct().OrderBy(v => v).Take(ListFilter.MaxChoices).ToListAsync(cancellationToken)).Select(v => new ListChoice(v, v))];
}
