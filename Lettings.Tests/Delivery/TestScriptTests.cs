namespace Lettings.Tests.Delivery;

/// <summary>
/// <c>./test.sh</c> itself, run in a sandbox where provisioning, the lints and <c>dotnet</c> are fakes: whatever step
/// fails, and however the tests end, its last line is the closing line CI reads, and its exit code agrees.
/// </summary>
public sealed class TestScriptTests : IDisposable
{
    private readonly ScriptSandbox _sandbox = ScriptSandbox.WithCopiesOf("test.sh", "scripts/test");

    public TestScriptTests()
    {
        _sandbox.Write("scripts/setup/all.sh", "[[ ${FAIL_STEP:-} != setup ]] || { echo 'cannot install postgresql' >&2; false; }");
        _sandbox.Write("scripts/test/lint-delivery.sh", "[[ ${FAIL_STEP:-} != lint ]]");
        // `dotnet test` writes a .trx with the counters the test asks for into the --results-directory.
        _sandbox.Fake("dotnet", """
            [[ ${FAIL_STEP:-} != "$1" ]] || exit 1
            if [[ $1 == test ]]; then
              while (($#)); do [[ $1 == --results-directory ]] && results=$2; shift; done
              printf '<TestRun><ResultSummary><Counters total="%s" executed="%s" passed="%s" failed="%s" error="0" timeout="0" aborted="0" notExecuted="%s" /></ResultSummary></TestRun>\n' \
                "$TOTAL" "$TOTAL" "$PASSED" "$FAILED" "$NOT_EXECUTED" >"$results/results.trx"
              ((FAILED == 0))
            fi
            """);
    }

    [Theory]
    [InlineData("setup")]
    [InlineData("lint")]
    [InlineData("format")]
    [InlineData("build")]
    public async Task A_step_that_fails_before_the_tests_ends_the_run_with_zero_passed_one_failed(string step)
    {
        var result = await RunAsync(new() { ["FAIL_STEP"] = step });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Equal("0 passed, 1 failed", LastLine(result));
        Assert.DoesNotContain(_sandbox.Calls("dotnet"), call => call.StartsWith("test", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(311, 0, 0, true)]
    [InlineData(309, 2, 0, false)]
    [InlineData(310, 0, 1, false)]
    public async Task The_closing_line_counts_what_the_tests_did_and_the_exit_code_agrees(int passed, int failed, int notExecuted, bool success)
    {
        var result = await RunAsync(new()
        {
            ["TOTAL"] = (passed + failed + notExecuted).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["PASSED"] = passed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FAILED"] = failed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["NOT_EXECUTED"] = notExecuted.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal($"{passed} passed, {failed} failed", LastLine(result));
        Assert.Equal(success, result.ExitCode == 0);
    }

    private Task<Infrastructure.CommandResult> RunAsync(Dictionary<string, string?> environment)
    {
        foreach (var (name, value) in new Dictionary<string, string> { ["TOTAL"] = "1", ["PASSED"] = "1", ["FAILED"] = "0", ["NOT_EXECUTED"] = "0" })
        {
            environment.TryAdd(name, value);
        }

        return _sandbox.RunAsync("test.sh", environment);
    }

    private static string LastLine(Infrastructure.CommandResult result) =>
        result.Output.TrimEnd().Split('\n')[^1];

    public void Dispose() => _sandbox.Dispose();
}
