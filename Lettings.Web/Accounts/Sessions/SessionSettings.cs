namespace Lettings.Web.Accounts.Sessions;

/// <summary>
/// <c>BackOffice:SessionAbsoluteLifetime</c> (a TimeSpan, 12 hours by default): however active, a session ends that
/// long after its sign-in, besides the cookie's sliding idle timeout. A malformed or non-positive value stops the start.
/// </summary>
public sealed record SessionSettings(TimeSpan AbsoluteLifetime)
{
    public const string AbsoluteLifetimeKey = "BackOffice:SessionAbsoluteLifetime";

    public static readonly TimeSpan DefaultAbsoluteLifetime = TimeSpan.FromHours(12);

    public static SessionSettings From(IConfiguration configuration)
    {
        var lifetime = configuration.GetValue<TimeSpan?>(AbsoluteLifetimeKey) ?? DefaultAbsoluteLifetime;
        if (lifetime <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{AbsoluteLifetimeKey} must be a positive time span, such as 12:00:00.");
        }

        return new SessionSettings(lifetime);
    }
}
