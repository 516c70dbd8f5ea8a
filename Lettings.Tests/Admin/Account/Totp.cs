using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Lettings.Tests.Admin.Account;

/// <summary>
/// RFC 6238 time-based codes as an authenticator app computes them from the shared key the enrolment page shows
/// (base32, RFC 4648): HMAC-SHA1 over the 30-second step, dynamic truncation (RFC 4226), six digits.
/// </summary>
internal static class Totp
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Code(string sharedKey, DateTimeOffset time) => CodeAt(sharedKey, time.ToUnixTimeSeconds() / 30);

    public static string Now(string sharedKey) => Code(sharedKey, DateTimeOffset.UtcNow);

    /// <summary>Six digits that no step near now gives (the site accepts a few steps either side, for clock drift).</summary>
    public static string Wrong(string sharedKey, int attempt = 0)
    {
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
        var near = Enumerable.Range(-4, 9).Select(i => CodeAt(sharedKey, step + i)).ToHashSet();
        var candidate = (int.Parse(CodeAt(sharedKey, step), CultureInfo.InvariantCulture) + 1 + (attempt * 7919)) % 1_000_000;
        while (near.Contains(candidate.ToString("D6", CultureInfo.InvariantCulture)))
        {
            candidate = (candidate + 1) % 1_000_000;
        }

        return candidate.ToString("D6", CultureInfo.InvariantCulture);
    }

    [SuppressMessage("Security", "CA5350", Justification = "RFC 6238 codes, as authenticator apps compute them, are HMAC-SHA1.")]
    private static string CodeAt(string sharedKey, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(FromBase32(sharedKey), counter);
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string text)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            buffer = (buffer << 5) | Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
