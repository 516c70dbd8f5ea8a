namespace Lettings.Tests.Delivery;

/// <summary>
/// <c>scripts/setup/images.sh</c>, which chooses the base images of the container tests, against a fake
/// <c>docker</c> whose registry answers, refuses or hangs. It uses the official images whenever a registry gives
/// them; it builds stand-ins only when none does, and only ever under their own names; a stand-in found under an
/// official name is moved to its own.
/// </summary>
public sealed class ImageSetupTests : IDisposable
{
    private static readonly Dictionary<string, (string Official, string StandIn)> s_images = new()
    {
        ["LETTINGS_POSTGRES_IMAGE"] = ("docker.io/library/postgres:18.3", "lettings-standin/postgres:15"),
        ["LETTINGS_SDK_IMAGE"] = ("mcr.microsoft.com/dotnet/sdk:10.0", "lettings-standin/dotnet-sdk:10.0"),
        ["LETTINGS_RUNTIME_IMAGE"] = ("mcr.microsoft.com/dotnet/aspnet:10.0", "lettings-standin/dotnet-aspnet:10.0"),
    };

    private readonly ScriptSandbox _sandbox = ScriptSandbox.WithCopiesOf("scripts/setup/images.sh", "scripts/docker", "scripts/lib");

    public ImageSetupTests()
    {
        // The engine's images are files named after the image, holding its stand-in label (empty: a real image).
        _sandbox.Fake("docker", """
            images=$FAKE_STATE/images; mkdir -p "$images"
            file() { printf '%s/%s' "$images" "${1//[\/:]/_}"; }
            case $1 in
              pull)
                case $FAKE_REGISTRY in
                  up) echo "10.0: Pulling from $2"; : >"$(file "$2")"; echo "Status: Downloaded newer image for $2" ;;
                  hangs) exec sleep 30 ;;
                  *) echo "Error response from daemon: Get \"https://registry/v2/\": dial tcp: lookup registry: no such host" >&2; exit 1 ;;
                esac ;;
              image)
                [[ $3 == --format ]] && { [[ -e $(file "$5") ]] && cat "$(file "$5")"; exit; }
                [[ -e $(file "$3") ]] ;;
              tag) cp "$(file "$2")" "$(file "$3")" ;;
              rmi) rm "$(file "$2")" ;;
              *) exit 2 ;;
            esac
            """);
        foreach (var builder in new[] { "standin-postgres.sh", "standin-dotnet.sh" })
        {
            _sandbox.Write($"scripts/docker/{builder}", """
                printf '%s\n' "$*" >>"$FAKE_STATE/built"
                n=$1; printf '%s' "$2" >"$FAKE_STATE/images/${n//[\/:]/_}"
                """);
        }
    }

    [Fact]
    public async Task A_registry_that_answers_gives_every_official_image_and_nothing_is_built()
    {
        var result = await RunAsync("up");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(s_images.ToDictionary(i => i.Key, i => i.Value.Official), Choices(result));
        Assert.Empty(Built());
        Assert.All(s_images.Values, image => Assert.Equal("", Label(image.Official)));
    }

    [Theory]
    [InlineData("down")]
    [InlineData("hangs")]
    public async Task Without_a_registry_each_stand_in_is_built_under_its_own_name_and_used(string registry)
    {
        var result = await RunAsync(registry);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(s_images.ToDictionary(i => i.Key, i => i.Value.StandIn), Choices(result));
        Assert.Equal(s_images.Values.Select(i => (i.StandIn, i.Official)).Order(), Built().Order());
        Assert.All(s_images.Values, image =>
        {
            Assert.Null(Label(image.Official));
            Assert.Equal(image.Official, Label(image.StandIn));
        });
        Assert.Contains("stand-in", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stand_in_found_under_an_official_name_is_moved_to_its_own_name_and_never_tagged_back()
    {
        var (official, standIn) = s_images["LETTINGS_POSTGRES_IMAGE"];
        AddImage(official, label: "postgres");

        var result = await RunAsync("down");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(standIn, Choices(result)["LETTINGS_POSTGRES_IMAGE"]);
        Assert.Null(Label(official));
        Assert.Equal("postgres", Label(standIn)); // the image already built, kept under its own name
        Assert.DoesNotContain(Built(), built => built.StandIn == standIn);
        var officialNames = s_images.Values.Select(i => i.Official).ToHashSet();
        Assert.DoesNotContain(_sandbox.Calls("docker"), call => call.StartsWith("tag ", StringComparison.Ordinal) && officialNames.Contains(call.Split(' ')[^1]));
    }

    [Fact]
    public async Task An_official_image_pulled_earlier_is_used_when_the_registry_is_down()
    {
        var (official, _) = s_images["LETTINGS_SDK_IMAGE"];
        AddImage(official, label: "");

        var result = await RunAsync("down");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(official, Choices(result)["LETTINGS_SDK_IMAGE"]);
        Assert.DoesNotContain(Built(), built => built.Official == official);
    }

    private Task<CommandResult> RunAsync(string registry) =>
        _sandbox.RunAsync("scripts/setup/images.sh", new Dictionary<string, string?>
        {
            ["FAKE_STATE"] = _sandbox.PathOf(".fake"),
            ["FAKE_REGISTRY"] = registry,
            ["LETTINGS_PULL_TIMEOUT"] = "2",
            ["LETTINGS_CACHE"] = _sandbox.PathOf(".fake/cache"),
        });

    private static Dictionary<string, string> Choices(CommandResult result) =>
        result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

    private IEnumerable<(string StandIn, string Official)> Built()
    {
        var path = _sandbox.PathOf(".fake/built");
        return File.Exists(path) ? File.ReadAllLines(path).Select(line => line.Split(' ')).Select(p => (p[0], p[1])) : [];
    }

    private string? Label(string image)
    {
        var path = _sandbox.PathOf($".fake/images/{image.Replace('/', '_').Replace(':', '_')}");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private void AddImage(string image, string label) =>
        _sandbox.Write($".fake/images/{image.Replace('/', '_').Replace(':', '_')}", label);

    public void Dispose() => _sandbox.Dispose();
}
