using System.Diagnostics;
using System.Text;

namespace Lettings.Tests.Infrastructure;

/// <summary>
/// The built site running as its own process on <c>$PORT</c>, as Heroku starts a web dyno: started, waited for,
/// stopped with SIGTERM as Heroku stops one, its output kept for assertions.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet Lettings.Web.dll</c> with <c>PORT</c> set to a free port and waits until it answers.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var port = LoopbackPort.Free();
        var info = WebProcess.StartInfo(new Dictionary<string, string?>(environment) { ["PORT"] = port.ToString(CultureInfo.InvariantCulture) });
        var server = new ServerProcess(new Process { StartInfo = info }, port);
        server._process.OutputDataReceived += server.Collect;
        server._process.ErrorDataReceived += server.Collect;
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        server._process.StandardInput.Close();
        await SocketClient.WaitUntilAnsweringAsync(
            server.BaseAddress,
            TimeSpan.FromSeconds(60),
            () => Task.FromResult(server._process.HasExited ? $"exit {server._process.ExitCode}" : null),
            () => Task.FromResult(server.Output));
        return server;
    }

    public HttpClient CreateClient() => SocketClient.Create(BaseAddress);

    /// <summary>Sends SIGTERM (what Heroku sends, then SIGKILL 30 s later) and returns how long the process took to exit.</summary>
    public async Task<(TimeSpan Elapsed, int ExitCode)> TerminateAsync(TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        await Signals.SendTermAsync(_process.Id);
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new Xunit.Sdk.XunitException($"The site did not stop within {limit.TotalSeconds} s of SIGTERM.\n{Output}");
        }

        _process.WaitForExit(); // flushes the asynchronous output readers
        return (watch.Elapsed, _process.ExitCode);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Collect(object sender, DataReceivedEventArgs line)
    {
        if (line.Data is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line.Data);
            }
        }
    }
}
