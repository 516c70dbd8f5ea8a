using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Lettings.Web.Accounts.Sessions;

/// <summary>
/// The sign-in cookie's session store (<see cref="CookieAuthenticationOptions.SessionStore"/>): tickets live in the
/// <see cref="BackOfficeSession"/> table, shared by every instance, and the cookie carries only the row's key. Signing
/// out deletes the row, so a copied cookie stops working; a row past its absolute lifetime is refused and deleted;
/// expired rows are purged whenever a session is stored. Works on the request's own context (and so inside the
/// back office's transaction, which on SQLite a second connection would wait for).
/// </summary>
public sealed class DatabaseTicketStore(IDataProtectionProvider protection, TimeProvider clock, SessionSettings settings) : ITicketStore
{
    /// <summary>The <see cref="HttpContext.Items"/> entry holding the key of the request's own session, once read or stored.</summary>
    public const string CurrentKeyItem = "Lettings.BackOfficeSessionKey";

    private readonly IDataProtector _protector = protection.CreateProtector("Lettings.Web.Accounts.Sessions.BackOfficeSession.v1");

    private static readonly TimeSpan s_idleFallback = TimeSpan.FromHours(8);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(httpContext);
        var db = Db(httpContext);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await db.Set<BackOfficeSession>().Where(s => s.Expires <= now).ExecuteDeleteAsync(cancellationToken);

        var key = RandomNumberGenerator.GetHexString(BackOfficeSession.KeyLength, lowercase: true);
        var userId = int.Parse(
            ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A session without an account."),
            System.Globalization.CultureInfo.InvariantCulture);
        var expires = Math.Min(IdleExpiry(ticket, now), now + (long)settings.AbsoluteLifetime.TotalMilliseconds);
        var bytes = Protect(ticket);

        // Not through the change tracker, which would save whatever else the page has changed so far.
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "BackOfficeSessions" ("Key", "UserId", "Ticket", "Created", "Expires") VALUES ({key}, {userId}, {bytes}, {now}, {expires})""",
            cancellationToken);
        httpContext.Items[CurrentKeyItem] = key;
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(httpContext);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var idle = IdleExpiry(ticket, now);
        var absolute = (long)settings.AbsoluteLifetime.TotalMilliseconds;
        var bytes = Protect(ticket);
        await Db(httpContext).Set<BackOfficeSession>().Where(s => s.Key == key).ExecuteUpdateAsync(
            set => set.SetProperty(s => s.Ticket, bytes)
                .SetProperty(s => s.Expires, s => s.Created + absolute < idle ? s.Created + absolute : idle),
            cancellationToken);
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var sessions = Db(httpContext).Set<BackOfficeSession>();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var session = await sessions.AsNoTracking().Where(s => s.Key == key)
            .Select(s => new { s.Ticket, s.Expires }).SingleOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return null;
        }

        if (session.Expires <= now)
        {
            await sessions.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
            return null;
        }

        httpContext.Items[CurrentKeyItem] = key;
        return Unprotect(session.Ticket);
    }

    public async Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        await Db(httpContext).Set<BackOfficeSession>().Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    // The cookie handler calls the overloads with the request; these have none to find the database by.
    public Task<string> StoreAsync(AuthenticationTicket ticket) => throw WithoutRequest();

    public Task RenewAsync(string key, AuthenticationTicket ticket) => throw WithoutRequest();

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => throw WithoutRequest();

    public Task RemoveAsync(string key) => throw WithoutRequest();

    private static NotSupportedException WithoutRequest() => new("The back-office session store works within a request.");

    private static LettingsDbContext Db(HttpContext httpContext) => httpContext.RequestServices.GetRequiredService<LettingsDbContext>();

    private static long IdleExpiry(AuthenticationTicket ticket, long now) =>
        ticket.Properties.ExpiresUtc?.ToUnixTimeMilliseconds() ?? now + (long)s_idleFallback.TotalMilliseconds;

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private AuthenticationTicket? Unprotect(byte[] bytes)
    {
        try
        {
            return TicketSerializer.Default.Deserialize(_protector.Unprotect(bytes));
        }
        catch (CryptographicException)
        {
            // A key that is gone: the session is over.
            return null;
        }
    }
}
