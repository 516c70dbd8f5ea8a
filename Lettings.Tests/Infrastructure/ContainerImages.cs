namespace Lettings.Tests.Infrastructure;

/// <summary>
/// The base images the container tests use. The test script sets these variables to what it pulled (the official
/// images) or, where no registry answers, to the local stand-ins it built under names of their own. Unset, the
/// official images apply: the AppHost's own PostgreSQL image and the Dockerfile's default base images.
/// </summary>
public static class ContainerImages
{
    public const string PostgresVariable = "LETTINGS_POSTGRES_IMAGE";
    public const string SdkVariable = "LETTINGS_SDK_IMAGE";
    public const string RuntimeVariable = "LETTINGS_RUNTIME_IMAGE";

    public static string? Postgres => Read(PostgresVariable);

    public static string? Sdk => Read(SdkVariable);

    public static string? Runtime => Read(RuntimeVariable);

    /// <summary>The official image for each variable, as the test script pulls them (<c>scripts/setup/images.sh --official</c>).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> OfficialAsync()
    {
        var result = await ProcessRunner.RunAsync(
            ProcessRunner.StartInfo("bash", ["scripts/setup/images.sh", "--official"]), TimeSpan.FromSeconds(30));
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
    }

    private static string? Read(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null;
}
