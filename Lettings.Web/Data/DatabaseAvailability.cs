namespace Lettings.Web.Data;

/// <summary>
/// Tells an outage apart from the requests that fail during it, so that the logs and Sentry hear about an outage
/// once rather than once per request. An outage begins with the first failure after the database was last seen
/// answering (a connection opened) and at least <see cref="MinimumOutageInterval"/> after the previous one began,
/// so a database that flaps does not turn into a stream of reports either.
/// </summary>
public sealed class DatabaseAvailability(TimeProvider clock)
{
    public static readonly TimeSpan MinimumOutageInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private bool _available = true;
    private long _outage;
    private DateTimeOffset _outageBegan = DateTimeOffset.MinValue;
    private long _logged;
    private long _reported;

    /// <summary>The number of the current outage (1, 2...); 0 before the first.</summary>
    public long CurrentOutage
    {
        get
        {
            lock (_lock)
            {
                return _outage;
            }
        }
    }

    public void MarkAvailable()
    {
        lock (_lock)
        {
            _available = true;
        }
    }

    /// <summary>Counts a failure; true for the first failure of an outage that the logs should hear about.</summary>
    public bool FailureToLog() => Claim(ref _logged);

    /// <summary>Counts a failure; true for the first failure of an outage that Sentry should hear about.</summary>
    public bool FailureToReport() => Claim(ref _reported);

    private bool Claim(ref long claimed)
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (_available && now - _outageBegan >= MinimumOutageInterval)
            {
                _outage++;
                _outageBegan = now;
            }

            _available = false;
            if (claimed == _outage)
            {
                return false;
            }

            claimed = _outage;
            return true;
        }
    }
}
