namespace Lettings.Web.Admin.Login;

/// <summary>
/// Failed sign-ins under a name that is no account that may sign in (<see cref="UnknownUserLockout"/>), one row per
/// normalised name. Times are Unix milliseconds (UTC), which compare alike on SQLite and PostgreSQL.
/// </summary>
public sealed class UnknownUsernameFailure
{
    public const int NameMaxLength = 256;

    public string NormalizedUserName { get; set; } = "";

    public int FailureCount { get; set; }

    public long? LockedUntil { get; set; }

    public long LastFailure { get; set; }
}
