using System.Text.Json;

namespace Lettings.Tests.Hosting;

/// <summary>
/// The embedded database's files are no part of the project: <c>dotnet watch</c> reloads on every file that is
/// one of its items, and the site writes <c>App_Data/lettings.db</c> on each start and save.
/// </summary>
public sealed class DotnetWatchTests
{
    [Fact]
    public async Task No_file_under_App_Data_is_an_item_of_the_site_s_project()
    {
        var appData = RepositoryFiles.PathOf("Lettings.Web/App_Data");
        var createdFolder = !Directory.Exists(appData);
        var probe = Path.Combine(appData, $"watch-probe-{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(appData);
        await File.WriteAllTextAsync(probe, "");
        try
        {
            var result = await ProcessRunner.RunAsync(
                ProcessRunner.StartInfo("dotnet", ["msbuild", "Lettings.Web/Lettings.Web.csproj", "-getItem:None", "-getItem:Content", "-getItem:Compile", "-getItem:EmbeddedResource"]),
                TimeSpan.FromMinutes(3));
            Assert.True(result.ExitCode == 0, result.ToString());

            using var evaluation = JsonDocument.Parse(result.Output);
            var items = evaluation.RootElement.GetProperty("Items").EnumerateObject()
                .SelectMany(kind => kind.Value.EnumerateArray().Select(item => item.GetProperty("FullPath").GetString()!))
                .ToList();
            Assert.Contains(items, item => item.EndsWith("Program.cs", StringComparison.Ordinal));
            Assert.DoesNotContain(items, item => item.StartsWith(appData, StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(probe);
            if (createdFolder && !Directory.EnumerateFileSystemEntries(appData).Any())
            {
                Directory.Delete(appData);
            }
        }
    }
}
