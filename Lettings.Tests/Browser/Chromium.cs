using Microsoft.Playwright;

namespace Lettings.Tests.Browser;

/// <summary>
/// Debian's Chromium, driven by Playwright through its executable path (Playwright's own browser download is
/// never used). Missing, it fails the browser tests with a message saying how to install it: never a skip.
/// </summary>
public static class Chromium
{
    public const string PathVariable = "LETTINGS_CHROMIUM";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : "/usr/bin/chromium";

    // Headless as root on a machine with no internet: no sandbox, no GPU, none of Chrome's own calls home.
    private static readonly string[] s_arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ExecutablePath}, which is missing. "
                + "Run ./test.sh (or scripts/setup/chromium.sh), which installs Debian's chromium package, "
                + $"or point {PathVariable} at a Chromium binary.");
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = s_arguments,
        });
    }
}
