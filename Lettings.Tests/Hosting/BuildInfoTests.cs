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

    [Fact]
    public void A_local_build_says_unknown() => Assert.Equal("unknown", BuildInfo.Commit);

    [Fact]
    public void Release_is_SENTRY_RELEASE_when_set_else_the_commit()
    {
        var set = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SENTRY_RELEASE"] = "v42" }).Build();
        var unset = new ConfigurationBuilder().Build();

        Assert.Equal("v42", BuildInfo.Release(set));
        Assert.Equal(BuildInfo.Commit, BuildInfo.Release(unset));
    }
}
