using Microsoft.Playwright;

namespace Lettings.Tests.Browser;

/// <summary>
/// Full-page screenshots in <c>TestResults/screenshots/</c> at the repository's root (not committed), named
/// <c>{page}-{viewport}.png</c>; <c>LETTINGS_SCREENSHOTS</c> moves them.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = FindFolder();

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = System.IO.Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Animations = ScreenshotAnimations.Disabled });
        return path;
    }

    private static string FindFolder()
    {
        if (Environment.GetEnvironmentVariable("LETTINGS_SCREENSHOTS") is { Length: > 0 } configured)
        {
            return Directory.CreateDirectory(configured).FullName;
        }

        var results = RepositoryFiles.PathOf(System.IO.Path.Combine("TestResults", "screenshots"));
        return Directory.CreateDirectory(results).FullName;
    }
}
