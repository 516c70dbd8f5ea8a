using System.ComponentModel.DataAnnotations;
using Lettings.Web.Commands;

namespace Lettings.Tests.Commands;

/// <summary>How the words after a command's name become its switches: names, flags, values, refusals.</summary>
public sealed class CommandArgumentsTests
{
    [Fact]
    public void Binds_each_switch_in_either_spelling_and_a_flag_standing_alone()
    {
        var (command, problem) = Bind("--name", "alice", "--count=3", "--force");

        Assert.Null(problem);
        Assert.Equal(("alice", 3, true), (command.Name, command.Count, command.Force));
    }

    [Theory]
    [InlineData("--force", "false", false)]
    [InlineData("--force", "true", true)]
    [InlineData("--force=false", null, false)]
    public void A_flag_takes_an_explicit_true_or_false(string flag, string? value, bool expected)
    {
        var (command, problem) = Bind(["--name", "alice", flag, .. value is null ? Array.Empty<string>() : [value]]);

        Assert.Null(problem);
        Assert.Equal(expected, command.Force);
    }

    [Fact]
    public void A_flag_before_another_switch_is_true_and_leaves_that_switch_its_value()
    {
        var (command, problem) = Bind("--force", "--name", "alice");

        Assert.Null(problem);
        Assert.True(command.Force);
        Assert.Equal("alice", command.Name);
    }

    [Fact]
    public void Refuses_an_unknown_switch_by_name()
    {
        var (_, problem) = Bind("--name", "alice", "--colour", "red");

        Assert.Equal("Unknown option --colour.", problem);
    }

    [Fact]
    public void Refuses_an_unknown_switch_standing_alone_at_the_end()
    {
        var (_, problem) = Bind("--name", "alice", "--colour");

        Assert.Equal("Unknown option --colour.", problem);
    }

    [Fact]
    public void A_switch_without_its_value_is_missing()
    {
        var (_, problem) = Bind("--name", "--force");

        Assert.Equal("Missing --name.", problem);
    }

    [Fact]
    public void Names_every_missing_required_switch()
    {
        var (_, problem) = Bind("--count", "2");

        Assert.Equal("Missing --name.", problem);
    }

    [Fact]
    public void Refuses_a_value_of_the_wrong_type_naming_the_switch()
    {
        var (_, problem) = Bind("--name", "alice", "--count", "many");

        Assert.Equal("The value of --count is not a valid System.Int32.", problem);
    }

    [Fact]
    public void Applies_the_switch_s_validation_attributes()
    {
        var (_, problem) = Bind("--name", "alice", "--count", "0");

        Assert.NotNull(problem);
        Assert.Contains("Count", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_configuration_overrides_and_host_switches_to_the_app()
    {
        var (command, problem) = Bind("--name", "alice", "--Database:SqlitePath=/tmp/x.db", "--environment", "Development");

        Assert.Null(problem);
        Assert.Equal("alice", command.Name);
    }

    [Fact]
    public void The_usage_line_comes_from_the_switches()
    {
        Assert.Equal("sample --name NAME [--count N] [--force]", SiteCommandDescriptor.For<SampleCommand>().Usage);
    }

    private static (SampleCommand Command, string? Problem) Bind(params string[] args)
    {
        var command = new SampleCommand();
        return (command, CommandArguments.TryBind(command, SiteCommandDescriptor.For<SampleCommand>(), args));
    }

    private sealed class SampleCommand : ISiteCommand
    {
        public static string CommandName => "sample";

        public static string Summary => "A command for these tests.";

        [Required]
        [Display(Prompt = "NAME")]
        public string Name { get; set; } = "";

        [Range(1, 100)]
        [Display(Prompt = "N")]
        public int Count { get; set; } = 1;

        public bool Force { get; set; }

        public Task<int> RunAsync(CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
