namespace Lettings.Web.Accounts;

/// <summary>
/// What the log keeps of sign-ins: the username as typed, the client address (the forwarded one behind Heroku's
/// router), and the outcome; never a password or a code.
/// </summary>
internal static partial class SignInLog
{
    [LoggerMessage(EventId = 1, EventName = "SignedIn", Level = LogLevel.Information,
        Message = "Sign-in of {UserName} from {ClientAddress}")]
    public static partial void SignedIn(ILogger logger, string userName, string clientAddress);

    [LoggerMessage(EventId = 2, EventName = "SecondFactorRequired", Level = LogLevel.Information,
        Message = "Password accepted for {UserName} from {ClientAddress}: the second factor is next")]
    public static partial void SecondFactorRequired(ILogger logger, string userName, string clientAddress);

    [LoggerMessage(EventId = 3, EventName = "SignInFailed", Level = LogLevel.Warning,
        Message = "Failed sign-in for {UserName} from {ClientAddress}: {Reason}")]
    public static partial void Failed(ILogger logger, string userName, string clientAddress, string reason);

    [LoggerMessage(EventId = 4, EventName = "SignInLockedOut", Level = LogLevel.Warning,
        Message = "Sign-in locked for {UserName} from {ClientAddress}: {Reason}")]
    public static partial void LockedOut(ILogger logger, string userName, string clientAddress, string reason);

    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
