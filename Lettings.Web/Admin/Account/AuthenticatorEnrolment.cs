using System.Text;
using QRCoder;

namespace Lettings.Web.Admin.Account;

/// <summary>
/// What an authenticator app needs to add the account: the shared key, shown in groups of four to type by hand, and
/// the <c>otpauth://</c> URI (RFC 6238 TOTP, 6 digits, 30 s) as a QR code, an SVG drawn on the server and sent as a
/// <c>data:</c> image, so the page needs no script and the strict CSP holds.
/// </summary>
public sealed record AuthenticatorEnrolment(string SharedKey, string Uri)
{
    public const string Issuer = "Orange County Lettings";

    public static AuthenticatorEnrolment For(string userName, string unformattedKey) => new(
        Format(unformattedKey),
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(userName)}"
        + $"?secret={unformattedKey}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6");

    /// <summary>The key in groups of four, lower case, as authenticator apps accept it typed.</summary>
    public static string Format(string key)
    {
        var text = new StringBuilder();
        for (var start = 0; start < key.Length; start += 4)
        {
            text.Append(key.AsSpan(start, Math.Min(4, key.Length - start))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    /// <summary>The QR code of <see cref="Uri"/> as an SVG <c>data:</c> URL for an <c>img</c>.</summary>
    public string QrCodeDataUrl()
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(5);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }
}
