using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lettings.Web.Transfer.Format;

/// <summary>
/// Timestamps as UTC ISO 8601 to the microsecond (<c>2020-06-14T09:41:56.975174Z</c>): PostgreSQL keeps
/// microseconds, so this is what survives every provider, and a file exported again reads the same. Any ISO 8601
/// offset is accepted on reading and converted to UTC.
/// </summary>
public sealed class UtcTimestampJsonConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'";

    public static DateTimeOffset ToMicroseconds(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));
    }

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString() ?? "";
        var parsed = text.EndsWith('Z')
            ? DateTimeOffset.TryParseExact(text, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            : DateTimeOffset.TryParseExact(text, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        return parsed
            ? ToMicroseconds(value)
            : throw new JsonException($"'{text}' is not a timestamp with its time zone, such as 2020-06-14T09:41:56.975174Z.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(ToMicroseconds(value).ToString(Format, CultureInfo.InvariantCulture));
}
