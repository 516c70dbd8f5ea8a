using System.Text.Json.Nodes;
using Lettings.Web.Commands;
using Lettings.Web.Transfer.Import;
using Lettings.Web.Transfer.Loading;

namespace Lettings.Tests.Transfer;

/// <summary>
/// <c>import FILE</c> refuses an export that was cut short or edited into something the site would not have written,
/// naming the section and the record, and writes nothing, even when the refusal comes after whole batches were saved.
/// </summary>
public abstract class ExportFileRefusalTests(LettingsApp emptyApp)
{
    private static readonly Dictionary<string, (Action<JsonObject> Change, string Message)> s_edits = new()
    {
        ["zip code zero"] = (d => Record(d, "addresses", 2)["zipCode"] = 0, "addresses id 3: The field Zip code must be between 1 and 99999."),
        ["three-letter state"] = (d => Record(d, "addresses", 1)["state"] = "GAX", "addresses id 2: The state must be exactly 2 letters."),
        ["text for a number"] = (d => Record(d, "addresses", 2)["zipCode"] = "31525", "addresses id 3 cannot be read"),
        ["missing field"] = (d => Record(d, "lettings", 1).Remove("title"), "lettings id 2 cannot be read"),
        ["null where none is allowed"] = (d => Record(d, "addresses", 0)["street"] = null, "addresses id 1 cannot be read"),
        ["unknown field"] = (d => Record(d, "users", 0)["favouriteColour"] = "orange", "users id 1 cannot be read"),
        ["letting without its address"] = (d => { Remove(d, "addresses", 1); d["counts"]!["addresses"] = 2; }, "lettings id 2: Its address 2 does not exist"),
        ["record removed"] = (d => Remove(d, "lettings", 1), "the header announces 2 record(s) in 'lettings' but the section holds 1"),
        ["record added"] = (d => ((JsonArray)d["addresses"]!).Add(ExportDocument.Address(4, "Harvard Street")), "the header announces 3 record(s) in 'addresses' but the section holds 4"),
        ["duplicate id"] = (d => Record(d, "addresses", 2)["id"] = 1, "addresses id 1: Another record of this table has the same id."),
        ["username taken ignoring case"] = (d => Record(d, "users", 1)["userName"] = "ADMIN", "users id 2: The username 'ADMIN' is already used by user 1"),
        ["unknown role"] = (d => Record(d, "users", 0)["roles"] = new JsonArray("Superstar"), "users id 1: Its role 'Superstar' does not exist."),
        ["damaged password hash"] = (d => Record(d, "users", 0)["passwordHash"] = "not-a-hash$", "users id 1: The password hash is neither Identity's nor a Django PBKDF2 hash."),
        ["timestamp without zone"] = (d => Record(d, "users", 1)["dateJoined"] = "2020-06-14T09:41:15", "users id 2 cannot be read"),
        ["unknown action kind"] = (d => Record(d, "adminActions", 0)["kind"] = "Exploded", "adminActions id 1 cannot be read"),
        ["action kind as a number"] = (d => Record(d, "adminActions", 0)["kind"] = 1, "adminActions id 1 cannot be read"),
        ["sections out of order"] = (d => MoveToEnd(d, "lettings"), "the section 'lettings' should come next, but the file has 'roles'"),
        ["newer version"] = (d => d["version"] = 2, "is an export in version 2 of the format; this site reads version 1"),
        ["other format"] = (d => d["format"] = "someone-else", "is not an export of this site"),
    };

    public static TheoryData<string> Edits => [.. s_edits.Keys];

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task A_hand_edited_export_is_refused_naming_the_record(string edit)
    {
        var (change, message) = s_edits[edit];
        var document = ExportDocument.Valid();
        change(document);

        var refusal = await RefusalAsync(ExportDocument.Save(document));

        Assert.True(refusal.Contains(message, StringComparison.Ordinal), $"{edit}: {refusal}");
        await AssertEmptyAsync();
    }

    [Theory]
    [InlineData(10)]
    [InlineData(35)]
    [InlineData(50)]
    [InlineData(80)]
    [InlineData(99)]
    public async Task A_truncated_export_is_refused_as_incomplete(int percentKept)
    {
        var text = ExportDocument.Valid().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

        var refusal = await RefusalAsync(ExportDocument.Save(text[..(text.Length * percentKept / 100)]));

        Assert.Contains("the file ends too early", refusal, StringComparison.Ordinal);
        await AssertEmptyAsync();
    }

    [Fact]
    public async Task A_broken_record_after_whole_saved_batches_leaves_nothing()
    {
        var document = ExportDocument.Valid();
        var addresses = new JsonArray([.. Enumerable.Range(1, DatabaseLoader.BatchSize * 2 + 500).Select(id => (JsonNode)ExportDocument.Address(id, $"Street {id}"))]);
        ((JsonObject)addresses[^1]!)["countryIsoCode"] = "US";
        document["addresses"] = addresses;
        document["counts"]!["addresses"] = addresses.Count;

        var refusal = await RefusalAsync(ExportDocument.Save(document));

        Assert.Contains($"addresses id {addresses.Count}: The country ISO code must be exactly 3 letters.", refusal, StringComparison.Ordinal);
        await AssertEmptyAsync();
    }

    [Fact]
    public async Task The_command_exits_1_with_the_refusal_on_standard_error()
    {
        var document = ExportDocument.Valid();
        Record(document, "addresses", 2)["zipCode"] = 0;
        var path = ExportDocument.Save(document);
        try
        {
            var result = await WebProcess.RunAsync(WebProcess.EnvironmentFor(emptyApp.Database), null, ImportCommand.CommandName, path);

            Assert.Equal(CommandRunner.Refused, result.ExitCode);
            Assert.Contains("addresses id 3: The field Zip code must be between 1 and 99999.", result.Error, StringComparison.Ordinal);
            Assert.Contains("nothing was imported", result.Error, StringComparison.OrdinalIgnoreCase);
            await AssertEmptyAsync();
        }
        finally
        {
            File.Delete(path);
        }
    }

    private async Task<string> RefusalAsync(string path)
    {
        try
        {
            await using var scope = emptyApp.Services.CreateAsyncScope();
            var refused = await Assert.ThrowsAsync<TransferRefusedException>(() => scope.ServiceProvider.GetRequiredService<FileImport>().RunAsync(path, default));
            return string.Join('\n', [refused.Message, .. refused.Problems]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static JsonObject Record(JsonObject document, string section, int index) => (JsonObject)document[section]![index]!;

    private static void Remove(JsonObject document, string section, int index) => ((JsonArray)document[section]!).RemoveAt(index);

    private static void MoveToEnd(JsonObject document, string section)
    {
        var value = document[section];
        document.Remove(section);
        document[section] = value;
    }

    private async Task AssertEmptyAsync()
    {
        var counts = await emptyApp.WithDbAsync(async db => new[]
        {
            await db.Addresses.CountAsync(), await db.Lettings.CountAsync(), await db.Users.CountAsync(), await db.Roles.CountAsync(),
            await db.Profiles.CountAsync(), await db.AdminActions.CountAsync(),
        });
        Assert.All(counts, count => Assert.Equal(0, count));
    }
}

public sealed class ExportFileRefusalOnSqlite(EmptySqliteApp app) : ExportFileRefusalTests(app), IClassFixture<EmptySqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class ExportFileRefusalOnPostgres(EmptyPostgresApp app) : ExportFileRefusalTests(app), IClassFixture<EmptyPostgresApp>;
