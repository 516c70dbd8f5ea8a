using System.ComponentModel.DataAnnotations;
using Lettings.Web.Commands;

namespace Lettings.Tests.Commands;

/// <summary>Operands: the words typed without a switch name (<c>import-django PATH</c>), bound in order.</summary>
public sealed class CommandOperandTests
{
    [Theory]
    [InlineData("/srv/backups/site.json")]
    [InlineData("relative/site.json")]
    [InlineData("-")]
    public void An_operand_is_bound_whatever_it_looks_like(string path)
    {
        var (command, problem) = Bind(path);

        Assert.Null(problem);
        Assert.Equal(path, command.Path);
    }

    [Fact]
    public void Operands_and_switches_mix_in_any_order()
    {
        var (before, problemBefore) = Bind("--label", "nightly", "--force", "/tmp/a.json");
        var (after, problemAfter) = Bind("/tmp/a.json", "--force", "--label=nightly");

        Assert.Null(problemBefore);
        Assert.Null(problemAfter);
        Assert.Equal(("/tmp/a.json", "nightly", true), (before.Path, before.Label, before.Force));
        Assert.Equal(("/tmp/a.json", "nightly", true), (after.Path, after.Label, after.Force));
    }

    [Fact]
    public void A_missing_operand_is_named_by_its_placeholder()
    {
        var (_, problem) = Bind("--force");

        Assert.Equal("Missing FILE.", problem);
    }

    [Fact]
    public void An_operand_too_many_is_refused_by_value()
    {
        var (_, problem) = Bind("/tmp/a.json", "/tmp/b.json");

        Assert.Equal("Unexpected argument '/tmp/b.json'.", problem);
    }

    [Fact]
    public void The_usage_line_shows_the_operand_by_its_placeholder()
    {
        Assert.Equal("sample [--label TEXT] [--force] FILE", SiteCommandDescriptor.For<SampleCommand>().Usage);
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

        [Display(Prompt = "TEXT")]
        public string? Label { get; set; }

        public bool Force { get; set; }

        [Operand]
        [Required]
        [Display(Prompt = "FILE")]
        public string Path { get; set; } = "";

        public Task<int> RunAsync(CancellationToken cancellationToken) => Task.FromResult(0);
    }
}
