using Microsoft.AspNetCore.Http.Features;

namespace Lettings.Web.Hosting.RateLimiting;

/// <summary>
/// Marks a page whose POSTs are sign-in attempts (the login form, and any later step of signing in), limited per
/// client address and per username on top of the general limit. Attach it with a convention
/// (<c>page.EndpointMetadata.Add(SignInRateLimit.Attempt)</c>); a refused attempt never reaches the page, so it
/// does not count toward the account's lockout either.
/// </summary>
public sealed class SignInRateLimit
{
    public static readonly SignInRateLimit Attempt = new();

    /// <summary>The form field holding the username (the login page binds <c>Form.Username</c>).</summary>
    public const string UsernameField = "Form.Username";

    // Usernames are at most 150 characters; longer input is refused by the form, and must not make long keys here.
    private const int MaxKeyLength = 160;

    private SignInRateLimit()
    {
    }

    public static bool IsAttempt(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<SignInRateLimit>() is not null;

    /// <summary>
    /// The username the attempt is for, upper-cased as Identity compares it; null when the form has none. The form
    /// was read by the request limits before routing, so it is at hand without reading the body here.
    /// </summary>
    public static string? UsernameOf(HttpContext context)
    {
        var form = context.Request.HasFormContentType ? context.Features.Get<IFormFeature>()?.Form : null;
        var username = form?[UsernameField].ToString().Trim();
        if (string.IsNullOrEmpty(username))
        {
            return null;
        }

        username = username.ToUpperInvariant();
        return username.Length <= MaxKeyLength ? username : username[..MaxKeyLength];
    }
}
