using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Lettings.Web.Transfer.Import;

namespace Lettings.Tests.Transfer;

/// <summary>
/// The streaming reader behind <c>import</c> gives back exactly the document, whatever the buffer size (records cut
/// across reads, buffers grown for a large record), and never mistakes a truncated document for a complete one.
/// </summary>
public sealed class JsonStreamReaderTests
{
    private static readonly JsonTypeInfo<JsonElement> s_element = (JsonTypeInfo<JsonElement>)JsonSerializerOptions.Default.GetTypeInfo(typeof(JsonElement));

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(4096)]
    public async Task Reads_every_record_whatever_the_buffer_size(int bufferSize)
    {
        var document = LargeDocument();

        var read = await ReadAllAsync(Encoding.UTF8.GetBytes(document.ToJsonString()), bufferSize);

        Assert.Equal(Sections(document), read);
    }

    [Fact]
    public async Task Skips_a_byte_order_mark()
    {
        var document = ExportDocument.Valid();

        var read = await ReadAllAsync([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(document.ToJsonString())], 5);

        Assert.Equal(Sections(document), read);
    }

    [Fact]
    public async Task Every_truncation_is_an_error_never_a_shorter_document()
    {
        var bytes = Encoding.UTF8.GetBytes(ExportDocument.Valid().ToJsonString());

        for (var length = 0; length < bytes.Length; length++)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => ReadAllAsync(bytes[..length], 7));
        }
    }

    private static JsonObject LargeDocument()
    {
        var document = ExportDocument.Valid();
        document["addresses"] = new JsonArray([.. Enumerable.Range(1, 300).Select(id => (JsonNode)ExportDocument.Address(id, $"Street {id} {new string('é', id % 40)}"))]);
        ((JsonObject)document["lettings"]![0]!)["title"] = new string('x', 20_000);
        return document;
    }

    private static List<string> Sections(JsonObject document) =>
        [.. document.Select(p => p.Value is JsonArray records ? $"{p.Key}: {string.Join(" | ", records.Select(r => r!.ToJsonString()))}" : $"{p.Key}: {p.Value!.ToJsonString()}")];

    // Walks the document as the import does: its structure token by token, each record of a section whole.
    private static async Task<List<string>> ReadAllAsync(byte[] json, int bufferSize)
    {
        var reader = new JsonStreamReader(new MemoryStream(json), bufferSize);
        var read = new List<string>();
        Assert.True(await reader.ReadAsync(default));
        Assert.Equal(JsonTokenType.StartObject, reader.TokenType);
        while (await reader.ReadAsync(default) && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.Text;
            if (name == "counts")
            {
                var (_, counts) = await reader.ReadValueAsync(s_element, default);
                read.Add($"{name}: {Compact(counts)}");
                continue;
            }

            Assert.True(await reader.ReadAsync(default));
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                read.Add($"{name}: {(reader.Number is int number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : JsonValue.Create(reader.Text)!.ToJsonString())}");
                continue;
            }

            var records = new List<string>();
            while (await reader.ReadValueAsync(s_element, default) is (true, var record))
            {
                records.Add(Compact(record));
            }

            Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
            read.Add($"{name}: {string.Join(" | ", records)}");
        }

        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.False(await reader.ReadAsync(default));
        return read;
    }

    private static string Compact(JsonElement element) => JsonNode.Parse(element.GetRawText())!.ToJsonString();
}
