using Lettings.ServiceDefaults;

namespace Lettings.Web.Hosting;

/// <summary>
/// What an operator sees when the site (or a command) cannot start: one line naming the setting to fix, or the
/// error itself, and exit code 1, never the runtime's unhandled-exception dump and its exit code 134.
/// </summary>
public static class StartFailure
{
    public const int ExitCode = 1;

    /// <summary>
    /// Every failure except the one the test host throws on purpose to stop <c>Main</c> once it has the app
    /// (WebApplicationFactory), which must go on up.
    /// </summary>
    public static bool IsReportable(Exception exception) => exception is not HostAbortedException;

    public static int Report(Exception exception)
    {
        Console.Error.WriteLine(exception switch
        {
            InvalidSettingException setting => $"Cannot start: {setting.Message}",
            IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException } bind => $"Cannot start: {bind.Message}",
            _ => $"Cannot start: {exception}",
        });
        return ExitCode;
    }
}
