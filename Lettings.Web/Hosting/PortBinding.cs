using Lettings.ServiceDefaults;

namespace Lettings.Web.Hosting;

public static class PortBinding
{
    public const int DefaultPort = 8000;
    public const string PortVariable = "PORT";

    /// <summary>
    /// Listens on <c>$PORT</c> on every interface when it is set (Heroku), else on the original's port 8000
    /// unless the URLs were configured another way (launch profile, ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS, Aspire).
    /// Each of these is checked here, so a typo stops the start with its name rather than a Kestrel stack trace.
    /// </summary>
    public static WebApplicationBuilder UseLettingsPort(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var urls = configuration[WebHostDefaults.ServerUrlsKey];
        CheckUrls(urls);
        CheckPorts(WebHostDefaults.HttpPortsKey, configuration[WebHostDefaults.HttpPortsKey]);
        CheckPorts(WebHostDefaults.HttpsPortsKey, configuration[WebHostDefaults.HttpsPortsKey]);

        if (Setting.Port(configuration, PortVariable, PortVariable) is int port)
        {
            builder.WebHost.UseUrls($"http://+:{port}");
        }
        else if (string.IsNullOrEmpty(urls)
            && string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            && string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey]))
        {
            builder.WebHost.UseUrls($"http://localhost:{DefaultPort}");
        }

        return builder;
    }

    private static void CheckUrls(string? urls)
    {
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                _ = BindingAddress.Parse(url);
            }
            catch (FormatException)
            {
                throw new InvalidSettingException(
                    "ASPNETCORE_URLS (or --urls)", $"must list URLs such as http://localhost:{DefaultPort}, separated by ';', not '{url}'");
            }
        }
    }

    private static void CheckPorts(string key, string? ports)
    {
        if ((ports ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).Any(port => !Setting.IsPort(port)))
        {
            throw new InvalidSettingException($"ASPNETCORE_{key.ToUpperInvariant()}", $"must list TCP port numbers separated by ';', not '{ports}'");
        }
    }
}
