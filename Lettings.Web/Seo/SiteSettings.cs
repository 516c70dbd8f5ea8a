using Microsoft.Extensions.Options;

namespace Lettings.Web.Seo;

/// <summary>Section <c>Site</c>: what the site says about itself to crawlers.</summary>
public sealed class SiteSettings
{
    public const string Section = "Site";

    /// <summary>
    /// The public address, e.g. <c>https://lettings.example.com</c>, for the absolute URLs of canonical links, the sitemap
    /// and robots.txt. Unset: the request's own scheme and host (behind a proxy, the forwarded ones).
    /// </summary>
    public string? PublicOrigin { get; set; }

    public Uri? Origin => string.IsNullOrWhiteSpace(PublicOrigin) ? null : new Uri(PublicOrigin, UriKind.Absolute);
}

public sealed class SiteSettingsValidation : IValidateOptions<SiteSettings>
{
    public ValidateOptionsResult Validate(string? name, SiteSettings options) =>
        string.IsNullOrWhiteSpace(options.PublicOrigin)
        || (Uri.TryCreate(options.PublicOrigin, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"The setting {SiteSettings.Section}:{nameof(SiteSettings.PublicOrigin)} must be an absolute http or https "
                + "address with no query, e.g. https://lettings.example.com");
}
