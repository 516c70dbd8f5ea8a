using System.Net.Sockets;
using System.Text;
using Lettings.Web.Accounts;
using Lettings.Web.Hosting;

namespace Lettings.Tests.Hosting;

/// <summary>
/// SIGTERM, as Heroku stops a dyno (SIGKILL follows 30 s later), on the built site as a process: a request in
/// flight when the signal arrives completes, new connections are refused, and the process exits 0 in time.
/// </summary>
public sealed class GracefulShutdownTests : IAsyncLifetime
{
    private const string LoginPath = "/admin/login/";
    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public void The_shutdown_window_and_request_timeout_fit_inside_Herokus_30_seconds()
    {
        Assert.InRange(GracefulShutdown.Timeout, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(28));
        Assert.True(RequestTimeouts.Timeout < GracefulShutdown.Timeout);
    }

    [Fact]
    public async Task A_request_in_flight_at_SIGTERM_completes_new_connections_are_refused_and_the_process_exits_0()
    {
        await using var server = await ServerProcess.StartAsync(WebProcess.EnvironmentFor(_database));
        var (token, cookie) = await LoginFormAsync(server);
        var body = Encoding.ASCII.GetBytes(
            $"__RequestVerificationToken={Uri.EscapeDataString(token)}&Form.Username=nobody&Form.Password=" + new string('p', AccountRules.PasswordMaxLength));

        using var inFlight = new TcpClient();
        await inFlight.ConnectAsync(IPAddress.Loopback, server.Port);
        var stream = inFlight.GetStream();
        var head = $"POST {LoginPath} HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            + $"Content-Length: {body.Length}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body.AsMemory(0, body.Length / 2));
        await stream.FlushAsync();
        await Task.Delay(TimeSpan.FromMilliseconds(500)); // the site is now reading the body

        var stopping = server.TerminateAsync(TimeSpan.FromSeconds(30));
        Assert.True(await RefusesNewConnectionsAsync(server.Port), "new connections were still accepted after SIGTERM");
        Assert.False(stopping.IsCompleted, "the process exited with a request in flight");

        await stream.WriteAsync(body.AsMemory(body.Length / 2));
        await stream.FlushAsync();
        var response = await ReadToEndAsync(stream);

        Assert.StartsWith("HTTP/1.1 200 OK", response, StringComparison.Ordinal);
        Assert.NotNull(HtmlExtensions.Parse(response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]).QuerySelector("#login-failure"));
        var (elapsed, exitCode) = await stopping;
        Assert.True(exitCode == 0, $"exit {exitCode}\n{server.Output}");
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"stopping took {elapsed}");
    }

    private static async Task<(string Token, string Cookie)> LoginFormAsync(ServerProcess server)
    {
        using var client = server.CreateClient();
        using var form = await client.GetAsync(new Uri(LoginPath, UriKind.Relative));
        var token = HtmlExtensions.Parse(await form.Content.ReadAsStringAsync())
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return (token, form.Headers.GetValues("Set-Cookie").First().Split(';')[0]);
    }

    /// <summary>Whether connecting fails within a few seconds (the listener closes as the stop begins).</summary>
    private static async Task<bool> RefusesNewConnectionsAsync(int port)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync(IPAddress.Loopback, port);
            }
            // Reset: the connection reached the backlog just as the listener closed, which refuses it as surely.
            catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionRefused or SocketError.ConnectionReset)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        return false;
    }

    private static async Task<string> ReadToEndAsync(NetworkStream stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, timeout.Token);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
