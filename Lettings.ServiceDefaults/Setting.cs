using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Lettings.ServiceDefaults;

/// <summary>
/// Reads one setting and refuses a malformed value with an <see cref="InvalidSettingException"/> naming it, so a
/// typo stops the start with one clear line instead of being ignored or failing later with a stack trace.
/// </summary>
public static class Setting
{
    /// <summary>How an operator spells a configuration key in the environment (<c>Database:Seed</c> → <c>Database__Seed</c>).</summary>
    public static string Variable(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    public static bool? Flag(IConfiguration configuration, string key, string? variable = null) => configuration[key] switch
    {
        null or "" => null,
        var value when bool.TryParse(value.Trim(), out var flag) => flag,
        var value => throw new InvalidSettingException(variable ?? Variable(key), $"must be true or false, not '{value}'"),
    };

    public static int? Port(IConfiguration configuration, string key, string? variable = null) => configuration[key] switch
    {
        null or "" => null,
        var value when IsPort(value) => int.Parse(value.Trim(), CultureInfo.InvariantCulture),
        var value => throw new InvalidSettingException(variable ?? Variable(key), $"must be a TCP port number (1 to 65535), not '{value}'"),
    };

    public static bool IsPort(string value) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535;

    /// <summary>An absolute http or https URL. Its value is not repeated: such URLs can carry credentials.</summary>
    public static Uri? HttpUrl(IConfiguration configuration, string key, string? variable = null) => configuration[key] switch
    {
        null or "" => null,
        var value when Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" => url,
        _ => throw new InvalidSettingException(variable ?? Variable(key), "must be an absolute http:// or https:// URL"),
    };
}
