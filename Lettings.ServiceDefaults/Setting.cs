using System.ComponentModel.DataAnnotations;
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

    /// <summary>
    /// A section bound to its settings class (defaults for what is not set), its values checked against the class's
    /// validation attributes, those of nested settings included.
    /// </summary>
    public static T Section<T>(IConfiguration configuration, string key)
        where T : class, new()
    {
        T settings;
        try
        {
            settings = configuration.GetSection(key).Get<T>() ?? new T();
        }
        catch (InvalidOperationException e)
        {
            // The binder names the key and the type it wanted, never the value.
            throw new InvalidSettingException(Variable(key), $"cannot be read: {e.Message.TrimEnd('.')}");
        }

        Validate(settings, key);
        return settings;
    }

    private static void Validate(object settings, string key)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true))
        {
            var problem = results[0];
            var member = problem.MemberNames.FirstOrDefault();
            throw new InvalidSettingException(Variable(member is null ? key : $"{key}:{member}"), problem.ErrorMessage ?? "is out of range");
        }

        foreach (var property in settings.GetType().GetProperties())
        {
            if (property.PropertyType.IsClass && property.PropertyType != typeof(string) && property.GetValue(settings) is { } nested)
            {
                Validate(nested, $"{key}:{property.Name}");
            }
        }
    }
}
