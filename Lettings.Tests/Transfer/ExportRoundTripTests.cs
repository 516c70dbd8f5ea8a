using System.Diagnostics;
using System.Text.Json.Nodes;
using Lettings.Web.Commands;
using Xunit.Abstractions;

namespace Lettings.Tests.Transfer;

/// <summary>
/// Export → import into the other provider → export again gives the same bytes, on a database that has been through
/// the back office (changes, a deletion, an account with a non-ASCII username, markup in a title, a lockout, a
/// re-hashed password), and the imported copy is a working site. Each step runs as a real process; the figures
/// (records, size, seconds) go to the test output.
/// </summary>
public abstract class ExportRoundTripTests(ImportedDjangoApp source, ITestOutputHelper output)
{
    private const string Markup = "<b>Silo</b> Studio & \"Cottage\" <script>alert('x')</script>";
    private const string Username = "Zoé_Ærøskøbing";

    protected abstract TestDatabase NewTarget();

    [Fact]
    public async Task Export_then_import_into_the_other_provider_then_export_again_gives_the_same_document()
    {
        var password = StaffAccounts.NewPassword();
        await EditInTheBackOfficeAsync(password);
        var folder = Directory.CreateTempSubdirectory("lettings-round-trip-").FullName;
        var target = NewTarget();
        await target.InitializeAsync();
        try
        {
            var (first, second) = (Path.Combine(folder, "first.json"), Path.Combine(folder, "second.json"));
            var exportTime = await RunAsync(source.Database, ExportCommand.CommandName, first);
            var importTime = await RunAsync(target, ImportCommand.CommandName, first);
            var againTime = await RunAsync(target, ExportCommand.CommandName, second);

            var document = JsonNode.Parse(await File.ReadAllTextAsync(first))!;
            Assert.Equal(await File.ReadAllBytesAsync(first), await File.ReadAllBytesAsync(second));
            Assert.Contains(document["lettings"]!.AsArray(), l => (string?)l!["title"] == Markup);
            Assert.Contains(document["users"]!.AsArray(), u => (string?)u!["userName"] == Username);
            Assert.Contains(document["users"]!.AsArray(), u => u!["lockoutEnd"] is not null);
            var changes = document["adminActions"]!.AsArray().SelectMany(a => a!["changes"]?.AsArray() ?? []).ToList();
            Assert.Contains(changes, c => (string?)c!["newValue"] == Markup);
            Assert.Contains(changes, c => (bool)c!["valuesHidden"]! && c["oldValue"] is null && c["newValue"] is null);

            var records = document["counts"]!.AsObject().Sum(c => (int)c.Value!);
            output.WriteLine($"{source.Database.Name} -> {target.Name}: {records} records, {new FileInfo(first).Length} bytes; "
                + $"export {exportTime.TotalSeconds:0.0} s, import {importTime.TotalSeconds:0.0} s, export again {againTime.TotalSeconds:0.0} s (whole processes)");

            await using var copy = new CopyApp(target);
            await copy.InitializeAsync();
            using var signIn = await new AdminBrowser(copy).SignInAsync(Username, password);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Equal(Markup, (await copy.CreateBrowserClient().GetDocumentAsync("/lettings/3/")).Heading());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            await target.DisposeAsync();
        }
    }

    private async Task EditInTheBackOfficeAsync(string password)
    {
        var staff = new AdminBrowser(source);
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SignInAsync("editor", "fixture-editor-pass-6")).StatusCode);
        await staff.SubmitAsync("/admin/lettings/3/change/", new() { ["Form.Title"] = Markup });
        await staff.SubmitAsync("/admin/addresses/2/change/", new() { ["Form.Street"] = "Military Street East" });
        await staff.SubmitAsync("/admin/addresses/6/delete/", []);
        await staff.SubmitAsync("/admin/users/add/", new()
        {
            ["Form.UserName"] = Username,
            ["Form.Email"] = "zoe@example.com",
            ["Form.FirstName"] = "Zoé",
            ["Form.IsStaff"] = "true",
            ["Form.NewPassword"] = password,
        });
        for (var attempt = 0; attempt < 5; attempt++)
        {
            // A staff account: only those sign in, so only their failures count toward Identity's lockout.
            await new AdminBrowser(source).SignInAsync("admin", "not-the-password");
        }
    }

    private static async Task<TimeSpan> RunAsync(TestDatabase database, string command, string file)
    {
        var watch = Stopwatch.StartNew();
        var result = await WebProcess.RunAsync(WebProcess.EnvironmentFor(database), null, command, file);
        Assert.True(result.ExitCode == 0, result.ToString());
        return watch.Elapsed;
    }

    /// <summary>The site on the imported copy, as it will serve (not seeded: the copy is not empty anyway).</summary>
    private sealed class CopyApp(TestDatabase database) : LettingsApp(database, seed: false);
}

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class RoundTripFromSqliteToPostgres(ImportedDjangoSqliteApp app, ITestOutputHelper output)
    : ExportRoundTripTests(app, output), IClassFixture<ImportedDjangoSqliteApp>
{
    protected override TestDatabase NewTarget() => new PostgresTestDatabase();
}

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class RoundTripFromPostgresToSqlite(ImportedDjangoPostgresApp app, ITestOutputHelper output)
    : ExportRoundTripTests(app, output), IClassFixture<ImportedDjangoPostgresApp>
{
    protected override TestDatabase NewTarget() => new SqliteTestDatabase();
}
