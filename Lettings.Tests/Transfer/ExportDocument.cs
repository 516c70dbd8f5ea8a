using System.Text.Json.Nodes;
using Lettings.Web.Transfer.Format;

namespace Lettings.Tests.Transfer;

/// <summary>
/// A small, valid export document as a JSON tree that a test edits the way a person editing the file would
/// (a field changed, a record removed, the version raised), then writes out.
/// </summary>
public static class ExportDocument
{
    public static JsonObject Valid() => new()
    {
        ["format"] = ExportFormat.Name,
        ["version"] = ExportFormat.Version,
        ["counts"] = new JsonObject { ["addresses"] = 3, ["lettings"] = 2, ["roles"] = 1, ["users"] = 2, ["profiles"] = 1, ["adminActions"] = 1 },
        ["addresses"] = new JsonArray(Address(1, "Bedford Street"), Address(2, "Military Street"), Address(3, "Wintergreen Avenue")),
        ["lettings"] = new JsonArray(Letting(1, "Joshua Tree Green Haus", 1), Letting(2, "Oceanview Retreat", 2)),
        ["roles"] = new JsonArray(new JsonObject { ["id"] = 1, ["name"] = "Staff" }),
        ["users"] = new JsonArray(User(1, "admin", ["Staff"]), User(2, "DavWin", [])),
        ["profiles"] = new JsonArray(new JsonObject { ["id"] = 1, ["userId"] = 2, ["favoriteCity"] = "Barcelona" }),
        ["adminActions"] = new JsonArray(new JsonObject
        {
            ["id"] = 1,
            ["time"] = "2020-06-14T09:44:05.888484Z",
            ["userId"] = 1,
            ["userName"] = "admin",
            ["kind"] = "Added",
            ["recordType"] = "Letting",
            ["recordId"] = 1,
            ["recordName"] = "Joshua Tree Green Haus",
            ["changeMessage"] = """[{"added": {}}]""",
        }),
    };

    public static JsonObject Address(int id, string street) => new()
    {
        ["id"] = id,
        ["number"] = 100 + id,
        ["street"] = street,
        ["city"] = "Brunswick",
        ["state"] = "GA",
        ["zipCode"] = 31525,
        ["countryIsoCode"] = "USA",
    };

    public static JsonObject Letting(int id, string title, int addressId) => new() { ["id"] = id, ["title"] = title, ["addressId"] = addressId };

    public static JsonObject User(int id, string username, string[] roles) => new()
    {
        ["id"] = id,
        ["userName"] = username,
        ["email"] = $"{username}@example.com",
        ["emailConfirmed"] = false,
        ["firstName"] = "",
        ["lastName"] = "",
        ["dateJoined"] = "2020-06-14T09:41:15.326411Z",
        ["lastSignIn"] = null,
        ["isActive"] = true,
        ["passwordHash"] = "pbkdf2_sha256$1000$sel-é$pmc4Vnda4ZbEWtz8xKERfPEf8SjBVoMjrY/ZKw6msDw=",
        ["securityStamp"] = "A8088788BB8DC6742AC58E8D69EB72144E608DA2",
        ["phoneNumber"] = null,
        ["phoneNumberConfirmed"] = false,
        ["twoFactorEnabled"] = false,
        ["lockoutEnabled"] = true,
        ["lockoutEnd"] = null,
        ["accessFailedCount"] = 0,
        ["roles"] = new JsonArray([.. roles.Select(r => (JsonNode)r)]),
    };

    /// <summary>Writes the document to a file of its own; the caller deletes it.</summary>
    public static string Save(JsonNode document) => Save(document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));

    public static string Save(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"lettings-export-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }
}
