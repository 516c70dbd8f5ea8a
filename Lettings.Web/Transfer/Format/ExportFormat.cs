namespace Lettings.Web.Transfer.Format;

/// <summary>
/// The export file: one JSON document, UTF-8, described in docs/operations.md. It holds password hashes and
/// security stamps: treat it as a secret.
/// </summary>
public static class ExportFormat
{
    /// <summary>The value of the document's <c>format</c> property, which tells this file from any other JSON.</summary>
    public const string Name = "orange-county-lettings";

    /// <summary>The value of <c>version</c> this site writes and reads. A change of the format's meaning raises it.</summary>
    public const int Version = 1;

    // The document's properties, in the order they are written and must be read: a section only refers to the
    // ones before it (a letting to its address, a profile to its user...), so an import can load it as it reads.
    public const string FormatProperty = "format";
    public const string VersionProperty = "version";
    public const string CountsProperty = "counts";
    public const string Addresses = "addresses";
    public const string Lettings = "lettings";
    public const string Roles = "roles";
    public const string Users = "users";
    public const string Profiles = "profiles";
    public const string AdminActions = "adminActions";

    public static readonly IReadOnlyList<string> Sections = [Addresses, Lettings, Roles, Users, Profiles, AdminActions];
}
