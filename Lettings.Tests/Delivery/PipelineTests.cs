using System.Text.RegularExpressions;
using Lettings.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Lettings.Tests.Delivery;

/// <summary>
/// The shape of the CircleCI pipeline (<c>.circleci/config.yml</c>), read as YAML: every branch is tested and
/// builds the image; only master deploys, only after both, with secrets from a context and none in the file.
/// (The schema, yamllint and the Dockerfile linter run in the test script: scripts/test/lint-delivery.sh.)
/// </summary>
public sealed partial class PipelineTests
{
    private static readonly string[] s_secretNames = ["DOCKERHUB_USERNAME", "DOCKERHUB_PASSWORD", "HEROKU_API_KEY", "HEROKU_APP_NAME"];

    private readonly YamlMappingNode _config = Load();

    [Fact]
    public void Test_and_image_jobs_run_on_every_branch()
    {
        foreach (var name in new[] { "test", "image" })
        {
            var entry = WorkflowEntry(name);
            Assert.False(entry is YamlMappingNode mapping && mapping.Children.ContainsKey("filters"), $"{name} must not be filtered");
        }
    }

    [Fact]
    public void Deploy_runs_only_on_master_after_the_tests_and_the_image_with_the_deploy_context()
    {
        var deploy = Assert.IsType<YamlMappingNode>(WorkflowEntry("deploy"));

        var only = deploy["filters"]["branches"]["only"];
        var branches = only is YamlSequenceNode list ? list.Children.Select(Scalar).ToArray() : [Scalar(only)];
        Assert.Equal(["master"], branches);
        Assert.False(((YamlMappingNode)deploy["filters"]["branches"]).Children.ContainsKey("ignore"));
        Assert.Equal(["image", "test"], ((YamlSequenceNode)deploy["requires"]).Children.Select(Scalar).Order());
        Assert.Equal("lettings-deploy", Scalar(deploy["context"]));
    }

    [Fact]
    public void The_test_job_runs_the_test_script_and_stores_JUnit_results()
    {
        var steps = Steps("test");
        Assert.Contains(steps, s => Command(s).Contains("scripts/ci/test-in-debian.sh", StringComparison.Ordinal));
        Assert.Contains("exec ./test.sh", RepositoryFiles.Read("scripts/ci/debian-test-job.sh"), StringComparison.Ordinal);
        Assert.Contains(steps, s => s is YamlMappingNode m && m.Children.ContainsKey("store_test_results"));
        Assert.Contains(steps, s => s is YamlMappingNode m && m.Children.ContainsKey("restore_cache"));
    }

    [Fact]
    public void The_image_job_builds_classic_manifests_with_the_commit_and_the_deploy_job_pushes_latest_and_the_commit()
    {
        var build = string.Join('\n', Steps("image").Select(Command));
        Assert.Contains("--provenance=false", build, StringComparison.Ordinal);
        Assert.Contains("SOURCE_COMMIT=$CIRCLE_SHA1", build, StringComparison.Ordinal);
        Assert.Contains("--target web", build, StringComparison.Ordinal);
        Assert.Contains("--target release", build, StringComparison.Ordinal);

        var deploy = string.Join('\n', Steps("deploy").Select(Command));
        Assert.Contains("for tag in latest \"$CIRCLE_SHA1\"", deploy, StringComparison.Ordinal);
        Assert.Contains("registry.heroku.com/$HEROKU_APP_NAME/$process", deploy, StringComparison.Ordinal);
        Assert.Contains("scripts/deploy/heroku-release.sh", deploy, StringComparison.Ordinal);
        Assert.Contains("--password-stdin", deploy, StringComparison.Ordinal);
    }

    [Fact]
    public void No_secret_is_written_in_the_pipeline_only_referenced_from_the_context()
    {
        var text = RepositoryFiles.Read(".circleci/config.yml");
        foreach (var name in s_secretNames)
        {
            // Only ever read as "$NAME" inside commands, never assigned.
            Assert.DoesNotMatch($@"(?<!\$){name}\s*[:=]", text);
        }

        Assert.DoesNotContain(_config.AllNodes, n => n is YamlMappingNode m && m.Children.ContainsKey("environment"));
        Assert.DoesNotMatch(Uuid(), text); // the shape of a Heroku API key
        Assert.DoesNotMatch(@"(?i)password\s*[:=]\s*\S", text);
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(RepositoryFiles.Read(".circleci/config.yml"));
        stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        Assert.Equal("2.1", Scalar(root["version"]));
        return root;
    }

    /// <summary>The entry of a job in the (single) workflow: a bare name, or a mapping with its options.</summary>
    private YamlNode? WorkflowEntry(string job)
    {
        var workflow = (YamlMappingNode)((YamlMappingNode)_config["workflows"]).Children.Values.Single();
        foreach (var entry in ((YamlSequenceNode)workflow["jobs"]).Children)
        {
            if (entry is YamlScalarNode scalar && scalar.Value == job)
            {
                return entry;
            }

            if (entry is YamlMappingNode mapping && mapping.Children.Count == 1 && Scalar(mapping.Children.Keys.Single()) == job)
            {
                return mapping.Children.Values.Single();
            }
        }

        throw new Xunit.Sdk.XunitException($"The workflow has no job '{job}'.");
    }

    private IList<YamlNode> Steps(string job) => ((YamlSequenceNode)_config["jobs"][job]["steps"]).Children;

    private static string Command(YamlNode step) =>
        step is YamlMappingNode m && m.Children.TryGetValue("run", out var run)
            ? run is YamlMappingNode details ? Scalar(details["command"]) : Scalar(run)
            : "";

    private static string Scalar(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Uuid();
}
