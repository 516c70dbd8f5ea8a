using System.Text.RegularExpressions;

namespace Lettings.Web.Accounts;

/// <summary>
/// The account rules, each stated once: Identity's options, the form validators, the messages and the pages all
/// read them from here.
/// </summary>
public static partial class AccountRules
{
    public const int MinimumPasswordLength = 12;

    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    /// <summary>"15 minutes": the lockout as the pages and messages tell it.</summary>
    public static string LockoutDurationText => $"{LockoutDuration.TotalMinutes:0} minutes";

    public const int UsernameMaxLength = 150;

    /// <summary>
    /// PBKDF2 iterations of new password hashes. Identity's hash format 3 uses HMAC-SHA512, for which OWASP's Password
    /// Storage Cheat Sheet asks 210 000; a hash with fewer verifies and is made again (SuccessRehashNeeded).
    /// </summary>
    public const int PasswordHashIterations = 210_000;

    /// <summary>The longest password the login form reads: enough for any passphrase, bounded against huge posts.</summary>
    public const int PasswordMaxLength = 1024;

    /// <summary>
    /// The original's (Django's) usernames: letters and digits of any script, and @ . + - _. Written with Unicode
    /// categories (what .NET's <c>\w</c> means) rather than <c>\w</c>, which browsers read as ASCII only; not
    /// anchored, because the validation attribute and its browser twin both require the match to be the whole value.
    /// </summary>
    public const string UsernamePattern = @"[\p{L}\p{Mn}\p{Nd}\p{Pc}.@+-]+";

    public const string UsernameMessage = "Letters, digits and @ . + - _ only.";

    public static bool IsValidUsername(string? username) =>
        username is { Length: > 0 and <= UsernameMaxLength } && WholeUsername().IsMatch(username);

    [GeneratedRegex("^" + UsernamePattern + @"\z")]
    private static partial Regex WholeUsername();
}
