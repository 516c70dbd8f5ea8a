using Microsoft.Data.Sqlite;

namespace Lettings.Web.Transfer.Django;

/// <summary>
/// One row of a Django table, read by column name with the types Django meant: SQLite stores whatever it is given,
/// so a value of the wrong type is reported (<see cref="DjangoValueException"/>), never guessed at.
/// </summary>
public sealed class DjangoRow(SqliteDataReader reader)
{
    // Django's SQLite backend writes datetimes as naive UTC text, with microseconds unless they are zero.
    private static readonly string[] s_timestampFormats =
    [
        "yyyy'-'MM'-'dd' 'HH':'mm':'ss", "yyyy'-'MM'-'dd' 'HH':'mm':'ss'.'FFFFFF",
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss", "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'FFFFFF",
    ];

    public int Id => WholeNumber("id");

    public int WholeNumber(string column) => Value(column) switch
    {
        long number when number is >= int.MinValue and <= int.MaxValue => (int)number,
        var other => throw new DjangoValueException(column, other, "a whole number"),
    };

    public int? NullableWholeNumber(string column) => Value(column) is null ? null : WholeNumber(column);

    public string Text(string column) => Value(column) switch
    {
        string text => text,
        var other => throw new DjangoValueException(column, other, "text"),
    };

    public string? NullableText(string column) => Value(column) is null ? null : Text(column);

    public bool Bool(string column) => Value(column) switch
    {
        0L => false,
        1L => true,
        var other => throw new DjangoValueException(column, other, "a boolean (0 or 1)"),
    };

    public DateTimeOffset Timestamp(string column) =>
        Value(column) is string text
        && DateTime.TryParseExact(text.TrimEnd('Z').Replace("+00:00", "", StringComparison.Ordinal), s_timestampFormats,
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var utc)
            ? new DateTimeOffset(utc, TimeSpan.Zero)
            : throw new DjangoValueException(column, Value(column), "a date and time");

    public DateTimeOffset? NullableTimestamp(string column) => Value(column) is null ? null : Timestamp(column);

    private object? Value(string column)
    {
        var value = reader.GetValue(reader.GetOrdinal(column));
        return value is DBNull ? null : value;
    }
}

/// <summary>A Django column holding a value of another type than Django writes there.</summary>
public sealed class DjangoValueException(string column, object? value, string expected)
    : Exception($"{column} should be {expected} but is {(value is null ? "empty" : $"'{value}'")}.");
