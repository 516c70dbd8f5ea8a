using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lettings.Web.Data;

/// <summary>
/// SQLite has no timestamp type and EF Core refuses to sort or compare <see cref="DateTimeOffset"/> there.
/// Stored as fixed-width UTC text (the column stays TEXT, and EF Core's own earlier values still read),
/// timestamps sort and compare as text in time order, as they do on PostgreSQL.
/// </summary>
internal sealed class SqliteTimestampConverter() : ValueConverter<DateTimeOffset, string>(
    value => value.ToUniversalTime().ToString(Format, CultureInfo.InvariantCulture),
    text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime())
{
    private const string Format = "yyyy'-'MM'-'dd' 'HH':'mm':'ss'.'fffffff'+00:00'";
}
