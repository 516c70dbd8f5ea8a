namespace Lettings.Tests.Infrastructure;

/// <summary>Files of the repository the tests run from (the folder holding <c>Lettings.sln</c>).</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Lettings.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Lettings.sln above {AppContext.BaseDirectory}.");
    }
}
