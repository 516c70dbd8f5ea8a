using Npgsql;

namespace Lettings.Web.Data;

/// <summary>
/// Converts Heroku's <c>DATABASE_URL</c> (<c>postgres://user:password@host:port/database?options</c>)
/// into an Npgsql connection string. Npgsql does not read URIs itself.
/// </summary>
public static class DatabaseUrl
{
    public const string VariableName = "DATABASE_URL";

    private const int DefaultPort = 5432;

    // libpq query parameters a URL may carry, and the Npgsql keyword each one maps to.
    private static readonly Dictionary<string, string> s_libpqParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["sslrootcert"] = "Root Certificate",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["options"] = "Options",
        ["target_session_attrs"] = "Target Session Attributes",
    };

    /// <summary>Converts the URL; TLS is required unless the URL itself says otherwise (<c>?sslmode=</c>).</summary>
    /// <exception cref="InvalidDatabaseUrlException">The value is not a usable PostgreSQL URL. The message never contains the password.</exception>
    public static string ToNpgsql(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
        {
            throw new InvalidDatabaseUrlException("it must look like postgres://user:password@host:port/database");
        }

        if (string.IsNullOrEmpty(uri.Host))
        {
            throw new InvalidDatabaseUrlException("the host is missing");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            throw new InvalidDatabaseUrlException("the database name is missing or invalid");
        }

        var (username, password) = SplitUserInfo(uri.UserInfo);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port,
            Database = database,
            Username = username,
            Password = password,
            SslMode = SslMode.Require,
        };

        foreach (var (key, value) in ParseQuery(uri.Query))
        {
            ApplyParameter(builder, key, value);
        }

        return builder.ConnectionString;
    }

    private static (string? Username, string? Password) SplitUserInfo(string userInfo)
    {
        if (userInfo.Length == 0)
        {
            return (null, null);
        }

        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        return colon < 0
            ? (Uri.UnescapeDataString(userInfo), null)
            : (Uri.UnescapeDataString(userInfo[..colon]), Uri.UnescapeDataString(userInfo[(colon + 1)..]));
    }

    private static IEnumerable<(string Key, string Value)> ParseQuery(string query)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            yield return (key, value);
        }
    }

    private static void ApplyParameter(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        var keyword = s_libpqParameters.GetValueOrDefault(key, key);
        try
        {
            builder[keyword] = keyword == "SSL Mode" ? ToNpgsqlSslMode(value) : value;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            throw new InvalidDatabaseUrlException($"the query parameter '{key}' is not a PostgreSQL connection option or its value is invalid");
        }
    }

    // libpq spells the modes in lower case with dashes (verify-full); Npgsql's enum has no dashes.
    private static string ToNpgsqlSslMode(string value) => value.Replace("-", "", StringComparison.Ordinal);
}
