using Lettings.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Lettings.Tests.Accounts;

/// <summary>
/// Django's PBKDF2 hashes verify next to Identity's own. The expected hashes were made independently of this code,
/// with Python's <c>hashlib.pbkdf2_hmac</c> (what Django calls), salt and password as UTF-8, key as base64.
/// </summary>
public sealed class DjangoPasswordHasherTests
{
    private static readonly LettingsUser s_user = new() { UserName = "someone" };

    [Theory]
    [InlineData("fixture-admin-pass-1", "pbkdf2_sha256$180000$p35UfixtureSalt1$KeWoJBflyZ0LYqAm5Q2zVxCSm1nsCu/7vQ2LoOfWKxw=")]
    [InlineData("another password", "pbkdf2_sha256$1$shortIter$EzwUyurSx464qfYnr6K0DtGZfpClFiOoP+gAUEE53AE=")]
    [InlineData("zoé-pässwörd", "pbkdf2_sha256$1000$sel-é$pmc4Vnda4ZbEWtz8xKERfPEf8SjBVoMjrY/ZKw6msDw=")]
    [InlineData("correct horse battery", "pbkdf2_sha1$10000$sha1Salt$h4Qc3uRQASN8mQE8Ue+jrEhdV6A=")]
    [InlineData("legacy sha1 password", "pbkdf2_sha1$12000$OldSalt2012$ZNliifREkpgdDMeYrOiTZVLrV5I=")]
    public void A_django_hash_verifies_its_password_and_asks_for_a_rehash(string password, string hash)
    {
        var hasher = NewHasher();

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, hasher.VerifyHashedPassword(s_user, hash, password));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(s_user, hash, password + "x"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(s_user, hash, password.ToUpperInvariant()));
    }

    [Theory]
    [InlineData("pbkdf2_sha256$180000$p35UfixtureSalt1$LeWoJBflyZ0LYqAm5Q2zVxCSm1nsCu/7vQ2LoOfWKxw=")] // one character changed
    [InlineData("pbkdf2_sha256$180001$p35UfixtureSalt1$KeWoJBflyZ0LYqAm5Q2zVxCSm1nsCu/7vQ2LoOfWKxw=")] // other iteration count
    [InlineData("pbkdf2_sha256$180000$p35UfixtureSalt2$KeWoJBflyZ0LYqAm5Q2zVxCSm1nsCu/7vQ2LoOfWKxw=")] // other salt
    [InlineData("pbkdf2_sha1$180000$p35UfixtureSalt1$KeWoJBflyZ0LYqAm5Q2zVxCSm1nsCu/7vQ2LoOfWKxw=")]   // other algorithm
    [InlineData("pbkdf2_sha256$0$p35UfixtureSalt1$KeWoJBflyZ0LYqAm5Q2zVxCSm1nsCu/7vQ2LoOfWKxw=")]
    [InlineData("pbkdf2_sha256$-5$p35UfixtureSalt1$KeWoJBflyZ0LYqAm5Q2zVxCSm1nsCu/7vQ2LoOfWKxw=")]
    [InlineData("pbkdf2_sha256$180000$$KeWoJBflyZ0LYqAm5Q2zVxCSm1nsCu/7vQ2LoOfWKxw=")]
    [InlineData("pbkdf2_sha256$180000$p35UfixtureSalt1$KeWoJBfly")]
    [InlineData("pbkdf2_sha256$180000$p35UfixtureSalt1$not base64!")]
    [InlineData("argon2$argon2id$v=19$m=102400,t=2,p=8$c29tZXNhbHQ$abc")]
    [InlineData("md5$salt$0123456789abcdef0123456789abcdef")]
    [InlineData("!unusable-django-password")]
    [InlineData("AQAAAAIAAYagAAAAE")] // not base64
    [InlineData("AQAAAAIAAYagAAAA")] // a truncated Identity hash
    public void A_damaged_or_foreign_hash_matches_nothing_and_never_throws(string hash)
    {
        Assert.Equal(PasswordVerificationResult.Failed, NewHasher().VerifyHashedPassword(s_user, hash, "fixture-admin-pass-1"));
    }

    [Fact]
    public void New_hashes_are_identity_s_format_with_the_configured_iteration_count()
    {
        var hasher = NewHasher(iterations: 1_000);

        var hash = hasher.HashPassword(s_user, "a new password");

        Assert.False(DjangoPbkdf2Hash.TryParse(hash, out _));
        Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(s_user, hash, "a new password"));
        Assert.Equal(PasswordVerificationResult.Failed, hasher.VerifyHashedPassword(s_user, hash, "another password"));
        Assert.Equal(1_000, IdentityV3Iterations(hash));

        // Raising the count later makes Identity re-hash older hashes on their next sign-in.
        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, NewHasher(iterations: 2_000).VerifyHashedPassword(s_user, hash, "a new password"));
    }

    private static DjangoPasswordHasher NewHasher(int iterations = 100_000) =>
        new(Options.Create(new PasswordHasherOptions { IterationCount = iterations }));

    // Identity's V3 layout: format marker (1 byte), PRF (4 bytes), iteration count (4 bytes, big-endian), ...
    private static int IdentityV3Iterations(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        return System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(5, 4));
    }
}
