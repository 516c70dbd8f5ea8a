namespace Lettings.Web.Hosting;

/// <summary>
/// Where the site finds <c>appsettings.json</c>, <c>wwwroot</c> and its default <c>App_Data</c>. ASP.NET Core takes
/// the current folder, which is right for <c>dotnet run</c> and <c>dotnet watch</c> (they start the site in its
/// project folder) but wrong for a published build started from anywhere else: it would miss its settings and
/// create its database wherever the shell happened to be. So: the project folder when started in it, the folder
/// the site's assembly lives in otherwise, and whatever <c>--contentRoot</c> or <c>ASPNETCORE_CONTENTROOT</c> says
/// when set.
/// </summary>
public static class ContentRoot
{
    public static WebApplicationOptions Options(string[] args) => new()
    {
        Args = args,
        ContentRootPath = IsConfigured(args) ? null : PathFor(Directory.GetCurrentDirectory(), AppContext.BaseDirectory),
    };

    public static string PathFor(string currentDirectory, string appDirectory) =>
        File.Exists(Path.Combine(currentDirectory, $"{typeof(ContentRoot).Assembly.GetName().Name}.csproj"))
            ? currentDirectory
            : appDirectory;

    private static bool IsConfigured(string[] args) =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"))
        || !string.IsNullOrEmpty(new ConfigurationBuilder().AddCommandLine(args).Build()[HostDefaults.ContentRootKey]);
}
