using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Lettings.Tests.Infrastructure;

/// <summary>
/// The site on a real Kestrel socket bound to 127.0.0.1 on a free port (for browsers and raw HTTP),
/// on its own fresh database.
/// </summary>
public class KestrelApp(TestDatabase database) : LettingsApp(database)
{
    private Uri? _baseAddress;

    /// <summary>The address the site listens on, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress => _baseAddress ?? throw new InvalidOperationException("The server has not started.");

    // A browser asks for compressed assets, which a build (not a publish) keeps outside wwwroot: the static web
    // assets manifest finds them, and the test host only loads it by itself in Development.
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseStaticWebAssets();
    }

    public override async Task InitializeAsync()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        await base.InitializeAsync();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        _baseAddress = new Uri(addresses.Addresses.Single().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    /// <summary>A plain HTTP client to the real socket, not following redirects.</summary>
    public HttpClient CreateSocketClient() => SocketClient.Create(BaseAddress);
}
