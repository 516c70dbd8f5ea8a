using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lettings.Web.Transfer.Format;

/// <summary>
/// The serializer's view of the records (source-generated): camelCase names, every property required and
/// typed as declared (a missing field, a null where none is allowed, an unknown property are errors, not
/// silently defaulted), recent actions' kinds by name.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(UtcTimestampJsonConverter), typeof(AdminActionKindJsonConverter)])]
[JsonSerializable(typeof(RecordCounts))]
[JsonSerializable(typeof(AddressRecord))]
[JsonSerializable(typeof(LettingRecord))]
[JsonSerializable(typeof(RoleRecord))]
[JsonSerializable(typeof(UserRecord))]
[JsonSerializable(typeof(ProfileRecord))]
[JsonSerializable(typeof(AdminActionRecord))]
internal sealed partial class ExportJsonContext : JsonSerializerContext
{
    /// <summary>How the file is written: indented for reading and comparing, non-ASCII letters and markup kept as they are.</summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>Kinds by name only: a number in the file is refused, not taken for whatever kind has that value.</summary>
internal sealed class AdminActionKindJsonConverter() : JsonStringEnumConverter<AdminActionKind>(allowIntegerValues: false);
