namespace Lettings.Web.Transfer.Django;

/// <summary>
/// Which Django password hashes the new site can keep: PBKDF2 (SHA-256 or SHA-1), which
/// <see cref="DjangoPasswordHasher"/> verifies. Any other (argon2, bcrypt, MD5, SHA-1, an unusable password) cannot be
/// verified here; the account is imported without a password and the report names it.
/// </summary>
internal static class DjangoPasswords
{
    /// <summary>The hash to keep, or null with the reason it cannot be kept.</summary>
    public static (string? Hash, string? WhyNot) Classify(string encoded)
    {
        if (DjangoPbkdf2Hash.TryParse(encoded, out _))
        {
            return (encoded, null);
        }

        if (encoded.Length == 0 || encoded.StartsWith('!'))
        {
            return (null, "it had no usable password in Django");
        }

        var algorithm = encoded.Split('$')[0];
        var why = algorithm switch
        {
            "pbkdf2_sha256" or "pbkdf2_sha1" => "its PBKDF2 hash is damaged",
            "argon2" => "argon2 hashes cannot be verified by this site",
            "bcrypt" or "bcrypt_sha256" => "bcrypt hashes cannot be verified by this site",
            "md5" or "unsalted_md5" or "sha1" or "unsalted_sha1" or "crypt" => $"{algorithm} hashes are too weak to keep",
            _ when encoded.Length == 32 && encoded.All(char.IsAsciiHexDigit) => "unsalted MD5 hashes are too weak to keep",
            _ => "its password hash is in a format this site does not know",
        };
        return (null, why);
    }
}
