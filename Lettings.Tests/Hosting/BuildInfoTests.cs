using System.Reflection;
using Lettings.Web.Hosting;
using Microsoft.Extensions.Configuration;

namespace Lettings.Tests.Hosting;

public sealed class BuildInfoTests
{
    [Theory]
    [InlineData("1.0.0+3f2a9c1d", "3f2a9c1d")]
    [InlineData("1.0.0+unknown", "unknown")]
    [InlineData("1.0.0", "unknown")]
    [InlineData("1.0.0+", "unknown")]
    [InlineData(null, "unknown")]
    public void Commit_is_what_follows_the_plus_of_the_informational_version(string? version, string expected) =>
        Assert.Equal(expected, BuildInfo.CommitOf(version));

    /// <summary>
    /// "unknown" in a local build; the commit in the Docker image's build, which passes it to every project
    /// (<c>-p:SourceRevisionId=...</c>) and runs this test: the tests were built with the same one.
    /// </summary>
    [Fact]
    public void The_commit_is_the_one_the_build_was_given_unknown_locally() =>
        Assert.Equal(
            BuildInfo.CommitOf(typeof(BuildInfoTests).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion),
            BuildInfo.Commit);

    [Fact]
    public void Release_is_SENTRY_RELEASE_when_set_else_the_commit()
    {
        var set = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SENTRY_RELEASE"] = "v42" }).Build();
        var unset = new ConfigurationBuilder().Build();

        Assert.Equal("v42", BuildInfo.Release(set));
        Assert.Equal(BuildInfo.Commit, BuildInfo.Release(unset));
    }
}
