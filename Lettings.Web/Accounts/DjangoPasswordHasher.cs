using Microsoft.Extensions.Options;

namespace Lettings.Web.Accounts;

/// <summary>
/// Identity's own hasher, which also verifies the PBKDF2 hashes of the original Django site
/// (<c>pbkdf2_sha256$iterations$salt$base64</c> and <c>pbkdf2_sha1$…</c>), so imported accounts keep their
/// passwords. A Django hash that matches answers <see cref="PasswordVerificationResult.SuccessRehashNeeded"/>:
/// Identity then stores the password again in its own format on that first sign-in. New hashes are always
/// Identity's, with the iteration count of <see cref="PasswordHasherOptions"/>.
/// </summary>
public sealed class DjangoPasswordHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<LettingsUser>
{
    private readonly PasswordHasher<LettingsUser> _identity = new(options);

    public string HashPassword(LettingsUser user, string password) => _identity.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(LettingsUser user, string hashedPassword, string providedPassword)
    {
        ArgumentNullException.ThrowIfNull(hashedPassword);
        ArgumentNullException.ThrowIfNull(providedPassword);
        if (DjangoPbkdf2Hash.TryParse(hashedPassword, out var django))
        {
            return django.Matches(providedPassword) ? PasswordVerificationResult.SuccessRehashNeeded : PasswordVerificationResult.Failed;
        }

        // Identity's hashes are base64; anything else (Django's unusable "!..." or other hashers) matches no password.
        return System.Buffers.Text.Base64.IsValid(hashedPassword)
            ? _identity.VerifyHashedPassword(user, hashedPassword, providedPassword)
            : PasswordVerificationResult.Failed;
    }
}
