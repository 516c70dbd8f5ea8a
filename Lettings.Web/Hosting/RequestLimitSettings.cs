namespace Lettings.Web.Hosting;

/// <summary>
/// How large a request may be (section <c>RequestLimits</c>), sized for the site's forms: short text fields, a
/// back-office list's selected rows at most. Beyond them the site answers 413, 414 or 431 with its error page.
/// </summary>
public sealed class RequestLimitSettings
{
    public const string Section = "RequestLimits";

    /// <summary>Bytes in a request body (Kestrel's <c>MaxRequestBodySize</c>; also multipart bodies).</summary>
    [Range(1, long.MaxValue, ErrorMessage = "must be a whole number from 1 up")]
    public long BodyBytes { get; set; } = 128 * 1024;

    /// <summary>Fields in a form.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "must be a whole number from 1 up")]
    public int FormValueCount { get; set; } = 500;

    /// <summary>Characters in one form value.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "must be a whole number from 1 up")]
    public int FormValueLength { get; set; } = 16 * 1024;

    /// <summary>Characters in one form field name.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "must be a whole number from 1 up")]
    public int FormKeyLength { get; set; } = 256;

    /// <summary>Characters in the URL as sent (path and query string, still escaped); more is a 414 page.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "must be a whole number from 1 up")]
    public int UrlLength { get; set; } = 4 * 1024;

    /// <summary>Bytes in all request headers together; more is a 431 page.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "must be a whole number from 1 up")]
    public int HeaderBytes { get; set; } = 16 * 1024;
}
