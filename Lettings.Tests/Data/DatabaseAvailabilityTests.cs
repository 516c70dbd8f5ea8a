using Lettings.Web.Data;
using Microsoft.Extensions.Time.Testing;

namespace Lettings.Tests.Data;

/// <summary>An outage is heard of once, by the logs and by Sentry each, however many requests fail during it.</summary>
public sealed class DatabaseAvailabilityTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-06-01T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void The_first_failure_of_an_outage_is_logged_and_reported_once_each()
    {
        var availability = new DatabaseAvailability(_clock);

        Assert.True(availability.FailureToLog());
        Assert.True(availability.FailureToReport());
        for (var i = 0; i < 50; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(10));
            Assert.False(availability.FailureToLog());
            Assert.False(availability.FailureToReport());
        }

        Assert.Equal(1, availability.CurrentOutage);
    }

    [Fact]
    public void After_the_database_answered_again_the_next_failure_is_a_new_outage()
    {
        var availability = new DatabaseAvailability(_clock);
        Assert.True(availability.FailureToReport());

        _clock.Advance(TimeSpan.FromMinutes(5));
        availability.MarkAvailable();
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.True(availability.FailureToReport());
        Assert.True(availability.FailureToLog());
        Assert.Equal(2, availability.CurrentOutage);
    }

    [Fact]
    public void A_database_that_flaps_within_a_minute_is_still_one_outage()
    {
        var availability = new DatabaseAvailability(_clock);
        Assert.True(availability.FailureToReport());

        for (var i = 0; i < 5; i++)
        {
            _clock.Advance(TimeSpan.FromSeconds(5));
            availability.MarkAvailable();
            Assert.False(availability.FailureToReport());
        }

        _clock.Advance(DatabaseAvailability.MinimumOutageInterval);
        availability.MarkAvailable();
        Assert.True(availability.FailureToReport());
    }

    [Fact]
    public async Task Concurrent_failures_report_exactly_once()
    {
        var availability = new DatabaseAvailability(_clock);

        var reports = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(availability.FailureToReport)));

        Assert.Single(reports, reported => reported);
    }
}
