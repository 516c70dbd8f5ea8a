using System.Security.Cryptography;

namespace Lettings.Web.Accounts;

/// <summary>
/// A hash of a random password, made once by the site's own hasher (so with its iteration count). A sign-in that has
/// no real hash to check (an unknown username, an account without a password, one that may not sign in) verifies
/// the typed password against it instead, so that every failed sign-in costs one hash verification, whichever it is.
/// </summary>
public sealed class DummyPasswordHash
{
    private static readonly LettingsUser s_nobody = new();

    private string? _hash;

    public void Verify(IPasswordHasher<LettingsUser> hasher, string password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        var hash = LazyInitializer.EnsureInitialized(ref _hash, () => hasher.HashPassword(s_nobody, RandomNumberGenerator.GetHexString(32)));
        _ = hasher.VerifyHashedPassword(s_nobody, hash, password ?? "");
    }
}
