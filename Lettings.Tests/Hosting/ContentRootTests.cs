using Lettings.Web.Hosting;

namespace Lettings.Tests.Hosting;

/// <summary>
/// A published build run from another folder finds its own settings and keeps its database in its own folder;
/// started in its project folder (<c>dotnet run</c>, <c>dotnet watch</c>) it works there, as before.
/// </summary>
public sealed class ContentRootTests
{
    [Fact]
    public void Started_in_its_project_folder_the_site_works_there()
    {
        var project = Path.Combine(RepositoryFiles.Root, "Lettings.Web");

        Assert.Equal(project, ContentRoot.PathFor(project, "/opt/lettings/"));
    }

    [Fact]
    public void Started_anywhere_else_the_site_works_in_its_own_folder()
    {
        var elsewhere = Directory.CreateTempSubdirectory("lettings-cwd-");
        try
        {
            Assert.Equal("/opt/lettings/", ContentRoot.PathFor(elsewhere.FullName, "/opt/lettings/"));
        }
        finally
        {
            elsewhere.Delete();
        }
    }

    [Fact]
    public async Task A_build_run_from_another_folder_reads_its_settings_and_keeps_its_database_beside_itself()
    {
        var elsewhere = Directory.CreateTempSubdirectory("lettings-cwd-");
        var appData = Path.Combine(Path.GetDirectoryName(WebProcess.AssemblyPath)!, "App_Data");
        try
        {
            var info = WebProcess.StartInfo(new Dictionary<string, string?> { ["Database__SqlitePath"] = null }, "migrate");
            info.WorkingDirectory = elsewhere.FullName;

            var result = await ProcessRunner.RunAsync(info, TimeSpan.FromMinutes(2));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Empty(elsewhere.EnumerateFileSystemInfos());
            Assert.True(File.Exists(Path.Combine(appData, "lettings.db")), result.ToString());
            // appsettings.json was read: it keeps EF Core's SQL text out of the log.
            Assert.DoesNotContain("Executed DbCommand", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            elsewhere.Delete(recursive: true);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(appData))
            {
                Directory.Delete(appData, recursive: true);
            }
        }
    }
}
