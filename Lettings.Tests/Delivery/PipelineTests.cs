using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Lettings.Tests.Delivery;

/// <summary>
/// The shape of the CircleCI pipeline (<c>.circleci/config.yml</c>), read as YAML: which jobs exist, what each
/// requires, which branches deploy, what the jobs hand each other, and that no secret is written in it. What the
/// commands say is left to the scripts they call (tested on their own) and to the linters in the test script.
/// </summary>
public sealed partial class PipelineTests
{
    private static readonly string[] s_secretNames = ["DOCKERHUB_USERNAME", "DOCKERHUB_PASSWORD", "HEROKU_API_KEY", "HEROKU_APP_NAME"];

    private readonly YamlMappingNode _config = Load();

    [Fact]
    public void The_workflow_has_the_test_image_and_deploy_jobs_and_each_is_defined()
    {
        Assert.Equal(["deploy", "image", "test"], WorkflowJobs().Keys.Order());
        Assert.Equal(["deploy", "image", "test"], Mapping(_config["jobs"]).Children.Keys.Select(Scalar).Order());
    }

    [Fact]
    public void Test_and_image_run_on_every_branch_with_nothing_before_them()
    {
        foreach (var name in new[] { "test", "image" })
        {
            var options = WorkflowJobs()[name];
            Assert.False(options.Children.ContainsKey("filters"), $"{name} must run on every branch");
            Assert.False(options.Children.ContainsKey("requires"), $"{name} must not wait for another job");
        }
    }

    [Fact]
    public void Deploy_runs_only_on_master_after_the_tests_and_the_image_with_the_deploy_context()
    {
        var deploy = WorkflowJobs()["deploy"];

        var branches = Mapping(Mapping(deploy["filters"])["branches"]);
        Assert.Equal(["master"], Strings(branches["only"]));
        Assert.False(branches.Children.ContainsKey("ignore"));
        Assert.Equal(["image", "test"], Strings(deploy["requires"]).Order());
        Assert.Equal("lettings-deploy", Scalar(deploy["context"]));
    }

    [Fact]
    public void Every_job_runs_on_a_machine_with_its_own_Docker_engine()
    {
        var executors = Mapping(_config["executors"]);
        foreach (var (name, job) in Mapping(_config["jobs"]).Children)
        {
            var executor = Mapping(executors[Scalar(Mapping(job)["executor"])]);
            Assert.True(executor.Children.ContainsKey("machine"), $"{Scalar(name)} needs a machine executor (Docker engine of its own)");
        }
    }

    [Fact]
    public void The_test_job_stores_its_results_and_caches_packages_under_one_key()
    {
        var steps = Steps("test");
        Assert.Contains(steps, s => StepName(s) == "store_test_results");
        var restored = Strings(Mapping(Step(steps, "restore_cache"))["keys"]);
        var saved = Scalar(Mapping(Step(steps, "save_cache"))["key"]);
        Assert.Equal(saved, restored[0]);
    }

    [Fact]
    public void Deploy_uses_the_images_the_image_job_built_and_tested()
    {
        Assert.Contains(Steps("image"), s => StepName(s) == "persist_to_workspace");
        Assert.Contains(Steps("deploy"), s => StepName(s) == "attach_workspace");
        Assert.DoesNotContain(Steps("deploy"), s => Command(s).Contains("docker build", StringComparison.Ordinal));
    }

    [Fact]
    public void The_image_job_builds_every_published_target_of_the_Dockerfile_as_a_classic_manifest()
    {
        var build = string.Join('\n', Steps("image").Select(Command));
        var targets = TargetOption().Matches(build).Select(m => m.Groups[1].Value).Order();
        Assert.Equal(["release", "web"], targets);
        var dockerfile = RepositoryFiles.Read("Dockerfile");
        Assert.All(targets, target => Assert.Matches($@"(?m)^FROM \S+ AS {target}\s*$", dockerfile));
        Assert.Contains("--provenance=false", build, StringComparison.Ordinal); // Heroku's registry refuses attestations
    }

    [Fact]
    public void Every_repository_script_the_pipeline_calls_exists()
    {
        var scripts = _config.AllNodes.OfType<YamlScalarNode>()
            .SelectMany(node => ScriptPath().Matches(node.Value ?? "").Select(m => m.Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(scripts);
        Assert.All(scripts, script => Assert.True(File.Exists(RepositoryFiles.PathOf(script)), $"{script} is missing"));
    }

    [Fact]
    public void No_secret_is_written_in_the_pipeline_only_read_from_the_context()
    {
        var text = RepositoryFiles.Read(".circleci/config.yml");
        foreach (var name in s_secretNames)
        {
            Assert.DoesNotMatch($@"(?<!\$){name}\s*[:=]", text);
        }

        Assert.DoesNotContain(_config.AllNodes, n => n is YamlMappingNode m && m.Children.ContainsKey("environment"));
        Assert.DoesNotMatch(Uuid(), text); // the shape of a Heroku API key
        Assert.DoesNotMatch(@"(?i)password\s*[:=]\s*\S", text);

        // A registry password goes through standard input, never onto a command line.
        var logins = _config.AllNodes.OfType<YamlScalarNode>()
            .SelectMany(node => (node.Value ?? "").Split('\n'))
            .Where(line => line.Contains("docker login", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(logins);
        Assert.All(logins, line => Assert.Contains("--password-stdin", line, StringComparison.Ordinal));
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

    /// <summary>The jobs of the (single) workflow with their options (empty for a bare name).</summary>
    private Dictionary<string, YamlMappingNode> WorkflowJobs()
    {
        var workflow = Mapping(Assert.Single(Mapping(_config["workflows"]).Children).Value);
        return ((YamlSequenceNode)workflow["jobs"]).Children.ToDictionary(
            entry => entry is YamlMappingNode m ? Scalar(Assert.Single(m.Children).Key) : Scalar(entry),
            entry => entry is YamlMappingNode m ? Mapping(Assert.Single(m.Children).Value) : new YamlMappingNode());
    }

    private IList<YamlNode> Steps(string job) => ((YamlSequenceNode)Mapping(_config["jobs"])[job]["steps"]).Children;

    private static YamlNode Step(IEnumerable<YamlNode> steps, string name) =>
        ((YamlMappingNode)Assert.Single(steps, s => StepName(s) == name)).Children.Values.Single();

    private static string StepName(YamlNode step) =>
        step is YamlMappingNode m ? Scalar(m.Children.Keys.Single()) : Scalar(step);

    private static string Command(YamlNode step) =>
        step is YamlMappingNode m && m.Children.TryGetValue("run", out var run)
            ? run is YamlMappingNode details ? Scalar(details["command"]) : Scalar(run)
            : "";

    private static YamlMappingNode Mapping(YamlNode node) => Assert.IsType<YamlMappingNode>(node);

    private static string[] Strings(YamlNode node) =>
        node is YamlSequenceNode list ? [.. list.Children.Select(Scalar)] : [Scalar(node)];

    private static string Scalar(YamlNode node) => Assert.IsType<YamlScalarNode>(node).Value ?? "";

    [GeneratedRegex(@"--target (\S+)")]
    private static partial Regex TargetOption();

    [GeneratedRegex(@"\bscripts/[\w./-]+\.sh\b")]
    private static partial Regex ScriptPath();

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Uuid();
}
