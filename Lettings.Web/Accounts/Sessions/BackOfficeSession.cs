namespace Lettings.Web.Accounts.Sessions;

/// <summary>
/// A signed-in back-office session, kept on the server (<see cref="DatabaseTicketStore"/>): the sign-in cookie holds
/// only <see cref="Key"/>, so deleting the row ends the session wherever the cookie was copied. Times are Unix
/// milliseconds (UTC), which compare alike on SQLite and PostgreSQL.
/// </summary>
public sealed class BackOfficeSession
{
    public const int KeyLength = 64;

    public string Key { get; set; } = "";

    public int UserId { get; set; }

    /// <summary>The authentication ticket (the account's claims), serialised and data-protected.</summary>
    public byte[] Ticket { get; set; } = [];

    public long Created { get; set; }

    /// <summary>
    /// When the session ends: the ticket's sliding idle expiry, never later than <see cref="Created"/> plus the
    /// absolute lifetime (<see cref="SessionSettings.AbsoluteLifetime"/>).
    /// </summary>
    public long Expires { get; set; }
}
