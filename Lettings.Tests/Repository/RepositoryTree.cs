namespace Lettings.Tests.Repository;

/// <summary>
/// The files the repository tracks (<c>git ls-files</c>). Where there is no Git checkout (the Docker image's test
/// stage copies the sources without <c>.git</c>), the files on disk under the root, less build output.
/// </summary>
public static class RepositoryTree
{
    private static readonly string[] s_untracked = ["bin", "obj", "node_modules", "TestResults", ".git", ".vs", ".idea", "App_Data"];

    public static async Task<IReadOnlyList<string>> FilesAsync()
    {
        if (Directory.Exists(RepositoryFiles.PathOf(".git")) || File.Exists(RepositoryFiles.PathOf(".git")))
        {
            var result = await ProcessRunner.RunAsync(ProcessRunner.StartInfo("git", ["ls-files", "-z"]), TimeSpan.FromMinutes(1));
            Assert.True(result.ExitCode == 0, $"git ls-files: {result}");
            return [.. result.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries)];
        }

        return [.. Directory.EnumerateFiles(RepositoryFiles.Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryFiles.Root, path))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => s_untracked.Contains(part)))];
    }
}
