namespace Lettings.Tests.Data;

/// <summary>A malformed DATABASE_URL stops the site at start, with a message that names it and hides the password.</summary>
public sealed class DatabaseUrlStartupTests
{
    [Theory]
    [InlineData("postgres://lettings:hunter2-secret@db.example.com:notaport/lettings")]
    [InlineData("mysql://lettings:hunter2-secret@db.example.com/lettings")]
    [InlineData("postgres://lettings:hunter2-secret@db.example.com/")]
    public async Task Malformed_url_stops_the_start_with_a_clear_message(string url)
    {
        var result = await WebProcess.RunAsync(new Dictionary<string, string?> { ["DATABASE_URL"] = url }, null, "migrate");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("DATABASE_URL is not a valid PostgreSQL URL", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", result.Output + result.Error, StringComparison.Ordinal);
    }
}
