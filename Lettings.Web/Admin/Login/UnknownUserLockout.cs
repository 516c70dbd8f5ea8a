using Lettings.Web.Accounts;
using Microsoft.Extensions.Caching.Memory;

namespace Lettings.Web.Admin.Login;

/// <summary>
/// Identity locks real accounts after repeated failures. Unknown usernames get the same treatment here, so
/// the login page's lockout notice says nothing about whether a username exists.
/// </summary>
public sealed class UnknownUserLockout(IMemoryCache cache, TimeProvider clock)
{
    private sealed class Failures
    {
        public int Count;
        public DateTimeOffset? LockedUntil;
    }

    public bool IsLockedOut(string username) =>
        cache.TryGetValue(Key(username), out Failures? failures) && failures!.LockedUntil > clock.GetUtcNow();

    /// <summary>Counts a failed attempt; true when this one locks the name.</summary>
    public bool RecordFailure(string username)
    {
        var failures = cache.GetOrCreate(Key(username), entry =>
        {
            entry.SlidingExpiration = AccountRules.LockoutDuration;
            return new Failures();
        })!;
        lock (failures)
        {
            if (++failures.Count < AccountRules.MaxFailedSignIns)
            {
                return false;
            }

            failures.Count = 0;
            failures.LockedUntil = clock.GetUtcNow() + AccountRules.LockoutDuration;
            return true;
        }
    }

    private static string Key(string username) => "unknown-user-lockout:" + username.ToUpperInvariant();
}
