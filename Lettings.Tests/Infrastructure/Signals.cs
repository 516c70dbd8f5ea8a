using System.Runtime.InteropServices;

namespace Lettings.Tests.Infrastructure;

public static partial class Signals
{
    private const int SigTerm = 15;

    /// <summary>Sends SIGTERM to a process (.NET's Process.Kill sends SIGKILL; a container may have no kill command).</summary>
    public static Task SendTermAsync(int processId)
    {
        Assert.True(Kill(processId, SigTerm) == 0, $"kill({processId}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
        return Task.CompletedTask;
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int processId, int signal);
}
