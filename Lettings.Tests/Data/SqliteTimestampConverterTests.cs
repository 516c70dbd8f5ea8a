using Lettings.Web.Data;

namespace Lettings.Tests.Data;

/// <summary>Timestamps on SQLite are UTC text whose order is time order, and the values EF Core wrote before still read.</summary>
public sealed class SqliteTimestampConverterTests
{
    private static readonly SqliteTimestampConverter s_converter = new();

    [Theory]
    [InlineData("2026-11-29 03:32:12.1234567+00:00", "2026-11-29T03:32:12.1234567Z")]
    [InlineData("2020-06-14 09:44:05+00:00", "2020-06-14T09:44:05Z")]
    [InlineData("2020-06-14 11:44:05.5+02:00", "2020-06-14T09:44:05.5Z")]
    public void Reads_what_ef_core_stored_before(string stored, string expected)
    {
        var value = (DateTimeOffset)s_converter.ConvertFromProvider(stored)!;

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), value);
        Assert.Equal(TimeSpan.Zero, value.Offset);
    }

    [Fact]
    public void Writes_utc_text_that_sorts_in_time_order()
    {
        var random = new Random(20200614);
        var start = new DateTimeOffset(2020, 6, 14, 9, 44, 5, TimeSpan.Zero);
        var times = Enumerable.Range(0, 500)
            .Select(_ => start.AddTicks(random.NextInt64(-TimeSpan.TicksPerDay * 5000, TimeSpan.TicksPerDay * 5000))
                .ToOffset(TimeSpan.FromHours(random.Next(-12, 13))))
            .Append(start).Append(start.AddTicks(1)).Append(start.AddSeconds(1))
            .ToList();

        var texts = times.Select(t => (string)s_converter.ConvertToProvider(t)!).ToList();

        Assert.All(texts, text => Assert.EndsWith("+00:00", text, StringComparison.Ordinal));
        Assert.Equal(times.OrderBy(t => t.UtcTicks).Select(t => t.UtcTicks), texts.Order(StringComparer.Ordinal).Select(t => ((DateTimeOffset)s_converter.ConvertFromProvider(t)!).UtcTicks));
    }
}
