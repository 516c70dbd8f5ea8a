using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Lettings.Tests.AppHost;

/// <summary>
/// <c>dotnet run --project Lettings.AppHost</c> as a developer types it, run from the repository root: its console
/// kept, a line waited for, stopped with SIGTERM (Ctrl+C's effect) and, failing that, killed with its children.
/// </summary>
public sealed class AppHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AppHostProcess(Process process) => _process = process;

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

    /// <summary>
    /// Runs the build the tests were built with (<c>--no-build</c>: the tests' own build is the one to run, and
    /// building again beside a running test host would race it) with <paramref name="appHostArguments"/> after <c>--</c>.
    /// </summary>
    public static AppHostProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] appHostArguments)
    {
        var configuration = typeof(AppHostProcess).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;
        var info = ProcessRunner.StartInfo(
            "dotnet",
            ["run", "--project", "Lettings.AppHost", "--no-build", "--configuration", configuration, "--", .. appHostArguments],
            environment);
        var host = new AppHostProcess(new Process { StartInfo = info });
        host._process.OutputDataReceived += host.Collect;
        host._process.ErrorDataReceived += host.Collect;
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        host._process.StandardInput.Close();
        return host;
    }

    /// <summary>Waits until a line of the console matches; fails with the console if the AppHost exits or time runs out.</summary>
    public async Task<Match> WaitForLineAsync(Regex line, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (line.Match(Output) is { Success: true } match)
            {
                return match;
            }

            if (_process.HasExited)
            {
                throw new Xunit.Sdk.XunitException($"The AppHost exited with {_process.ExitCode} before printing {line}.\n{Output}");
            }

            await Task.Delay(500);
        }

        throw new Xunit.Sdk.XunitException($"The AppHost printed no line matching {line} within {limit}.\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await Signals.SendTermAsync(_process.Id);
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
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
