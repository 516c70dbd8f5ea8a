namespace Lettings.Web.Admin.Common;

/// <summary>
/// What staff type into a record picker, as the queries behind it read it: up to <see cref="MaxWords"/> words, lower
/// case (the queries compare lower case on both providers), each of which must match one of the record's fields, as
/// Django's admin searches. Text with a control character matches nothing rather than reaching the database
/// (PostgreSQL refuses a NUL in a text parameter).
/// </summary>
public static class PickerSearch
{
    /// <summary>A picker offers at most this many records: staff type more to narrow them down.</summary>
    public const int MaxChoices = 20;

    public const int MaxWords = 5;

    /// <summary>Longer text cannot match any field the pickers look in.</summary>
    public const int MaxLength = 100;

    public static bool IsRefused(string? text) => text is not null && (text.Length > MaxLength || text.Any(char.IsControl));

    public static IReadOnlyList<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text) || IsRefused(text)
            ? []
            : [.. text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Take(MaxWords)];
}
