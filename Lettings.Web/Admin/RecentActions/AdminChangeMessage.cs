using System.Text.Json;

namespace Lettings.Web.Admin.RecentActions;

/// <summary>
/// Renders a change message as Django's admin did (<c>LogEntry.get_change_message</c>): the JSON list
/// <c>[{"changed": {"fields": ["First name", "Email address"]}}]</c> reads "Changed First name and Email address.";
/// an empty list reads "No fields changed."; text that is not such a list is shown as it is.
/// </summary>
public static class AdminChangeMessage
{
    public const string NothingChanged = "No fields changed.";

    public static string? Describe(string? message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return null;
        }

        if (!message.StartsWith('['))
        {
            return message;
        }

        try
        {
            using var json = JsonDocument.Parse(message);
            var sentences = json.RootElement.EnumerateArray().Select(Sentence).OfType<string>().ToList();
            return sentences.Count == 0 ? NothingChanged : string.Join(' ', sentences);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return message;
        }
    }

    private static string? Sentence(JsonElement part)
    {
        if (part.TryGetProperty("added", out var added))
        {
            return Named(added) is { } what ? $"Added {what}." : "Added.";
        }

        if (part.TryGetProperty("changed", out var changed))
        {
            var fields = changed.TryGetProperty("fields", out var list)
                ? TextList(list.EnumerateArray().Select(f => f.GetString() ?? "").ToList())
                : "";
            return Named(changed) is { } what ? $"Changed {fields} for {what}." : $"Changed {fields}.";
        }

        if (part.TryGetProperty("deleted", out var deleted))
        {
            return $"Deleted {Named(deleted) ?? "a related record"}.";
        }

        return null;
    }

    // A related record of an inline form: {"name": "letting", "object": "Oceanview Retreat"}.
    private static string? Named(JsonElement part) =>
        part.ValueKind == JsonValueKind.Object
        && part.TryGetProperty("name", out var name) && part.TryGetProperty("object", out var record)
            ? $"{name.GetString()} “{record.GetString()}”"
            : null;

    // Django's get_text_list: "a", "a and b", "a, b and c".
    private static string TextList(List<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} and {items[^1]}",
    };
}
