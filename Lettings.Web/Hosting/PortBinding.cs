namespace Lettings.Web.Hosting;

public static class PortBinding
{
    public const int DefaultPort = 8000;

    /// <summary>
    /// Listens on <c>$PORT</c> on every interface when it is set (Heroku), else on the original's port 8000
    /// unless the URLs were configured another way (launch profile, ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS, Aspire).
    /// </summary>
    public static WebApplicationBuilder UseLettingsPort(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (configuration["PORT"] is { Length: > 0 } port)
        {
            if (!int.TryParse(port, out var number) || number is < 1 or > 65535)
            {
                throw new InvalidOperationException($"The environment variable PORT must be a TCP port number, not '{port}'.");
            }

            builder.WebHost.UseUrls($"http://+:{number}");
        }
        else if (string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
            && string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey]))
        {
            builder.WebHost.UseUrls($"http://localhost:{DefaultPort}");
        }

        return builder;
    }
}
