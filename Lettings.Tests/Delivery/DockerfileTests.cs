using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Lettings.Tests.Delivery;

/// <summary>
/// The Dockerfile keeps pace with the solution: its restore stage copies every project the tests build (so a
/// new project is one COPY line, caught here if forgotten), and its test stage leaves out exactly the tests that
/// need a service (every name in <see cref="TestRequirements"/>).
/// </summary>
public sealed class DockerfileTests
{
    private readonly string _dockerfile = RepositoryFiles.Read("Dockerfile");

    [Fact]
    public void The_restore_stage_copies_every_project_the_tests_build_and_the_shared_props()
    {
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props" })
        {
            Assert.Matches($@"(?m)^COPY [^\n]*\b{file.Replace(".", @"\.", StringComparison.Ordinal)}\b", _dockerfile);
        }

        foreach (var project in ProjectsBuiltByTheTests())
        {
            Assert.Contains($"COPY {project} {Path.GetDirectoryName(project)}/", _dockerfile, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_test_stage_leaves_out_every_test_that_needs_a_service()
    {
        var names = typeof(TestRequirements).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name != nameof(TestRequirements.Trait))
            .Select(f => (string)f.GetRawConstantValue()!);
        var filter = string.Join('&', names.Select(n => $"{TestRequirements.Trait}!={n}").Order());

        var inDockerfile = Regex.Match(_dockerfile, "--filter \"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(filter, string.Join('&', inDockerfile.Split('&').Order()));
    }

    [Fact]
    public async Task The_base_images_default_to_the_official_ones_the_test_script_pulls()
    {
        var official = await ContainerImages.OfficialAsync();

        Assert.Matches($@"(?m)^ARG SDK_IMAGE={Regex.Escape(official[ContainerImages.SdkVariable])}$", _dockerfile);
        Assert.Matches($@"(?m)^ARG RUNTIME_IMAGE={Regex.Escape(official[ContainerImages.RuntimeVariable])}$", _dockerfile);
    }

    /// <summary>Lettings.Tests and every project it references, directly or not, relative to the repository root.</summary>
    private static SortedSet<string> ProjectsBuiltByTheTests()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(["Lettings.Tests/Lettings.Tests.csproj"]);
        while (pending.TryPop(out var project))
        {
            if (!found.Add(project))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(project)!;
            foreach (var reference in XDocument.Load(RepositoryFiles.PathOf(project)).Descendants("ProjectReference"))
            {
                var full = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, folder, reference.Attribute("Include")!.Value));
                pending.Push(Path.GetRelativePath(RepositoryFiles.Root, full).Replace('\\', '/'));
            }
        }

        return found;
    }
}
