namespace Lettings.Tests.Infrastructure;

/// <summary>
/// Tests that need a service carry <c>[Trait("Requires", ...)]</c> with one of these names, so that a run
/// without that service can leave them out on purpose (the Docker image's test stage:
/// <c>--filter "Requires!=PostgreSQL&amp;Requires!=Docker&amp;Requires!=Chromium&amp;Requires!=ShellTools"</c>, which
/// a test keeps in step with these names). The test script runs them all.
/// </summary>
public static class TestRequirements
{
    public const string Trait = "Requires";
    public const string PostgreSql = "PostgreSQL";
    public const string Docker = "Docker";
    public const string Chromium = "Chromium";

    /// <summary>bash, curl and jq, as on CircleCI's machines (the deploy script's tools; the SDK image lacks jq).</summary>
    public const string ShellTools = "ShellTools";
}
