using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Lettings.Web.Accounts;

/// <summary>
/// A password hash written by Django's <c>PBKDF2PasswordHasher</c> or <c>PBKDF2SHA1PasswordHasher</c>:
/// <c>pbkdf2_sha256$&lt;iterations&gt;$&lt;salt&gt;$&lt;base64 key&gt;</c>, any iteration count.
/// </summary>
public sealed class DjangoPbkdf2Hash
{
    private static readonly Dictionary<string, (HashAlgorithmName Algorithm, int KeyLength)> s_algorithms = new(StringComparer.Ordinal)
    {
        ["pbkdf2_sha256"] = (HashAlgorithmName.SHA256, SHA256.HashSizeInBytes),
        ["pbkdf2_sha1"] = (HashAlgorithmName.SHA1, SHA1.HashSizeInBytes),
    };

    private readonly HashAlgorithmName _algorithm;
    private readonly byte[] _salt;
    private readonly byte[] _key;

    private DjangoPbkdf2Hash(HashAlgorithmName algorithm, int iterations, byte[] salt, byte[] key) =>
        (_algorithm, Iterations, _salt, _key) = (algorithm, iterations, salt, key);

    public int Iterations { get; }

    public static bool TryParse(string? encoded, [NotNullWhen(true)] out DjangoPbkdf2Hash? hash)
    {
        hash = null;
        var parts = encoded?.Split('$');
        if (parts is not { Length: 4 }
            || !s_algorithms.TryGetValue(parts[0], out var algorithm)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations)
            || iterations < 1
            || parts[2].Length == 0)
        {
            return false;
        }

        // Django's key is exactly one digest long; anything else is not a hash Django wrote.
        var key = new byte[algorithm.KeyLength];
        if (!Convert.TryFromBase64String(parts[3], key, out var written) || written != algorithm.KeyLength)
        {
            return false;
        }

        hash = new DjangoPbkdf2Hash(algorithm.Algorithm, iterations, Encoding.UTF8.GetBytes(parts[2]), key);
        return true;
    }

    /// <summary>Derives the key from the password as Django does (UTF-8 password and salt) and compares in constant time.</summary>
    public bool Matches(string password)
    {
        var derived = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), _salt, Iterations, _algorithm, _key.Length);
        return CryptographicOperations.FixedTimeEquals(derived, _key);
    }
}
