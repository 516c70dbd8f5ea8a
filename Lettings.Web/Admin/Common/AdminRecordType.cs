namespace Lettings.Web.Admin.Common;

/// <summary>A kind of record the back office manages: how staff call it and where its pages live.</summary>
/// <param name="Singular">"Address": also the record type stored in the recent actions.</param>
/// <param name="Plural">"Addresses": the list's heading.</param>
/// <param name="Path">"/admin/addresses/": the list; <c>add/</c>, <c>{id}/change/</c> and <c>{id}/delete/</c> below it.</param>
public sealed record AdminRecordType(string Singular, string Plural, string Path)
{
    public static readonly AdminRecordType Address = new("Address", "Addresses", "/admin/addresses/");
    public static readonly AdminRecordType Letting = new("Letting", "Lettings", "/admin/lettings/");
    public static readonly AdminRecordType Profile = new("Profile", "Profiles", "/admin/profiles/");
    public static readonly AdminRecordType User = new("User", "Users", "/admin/users/");

    public string Name => Singular.ToLowerInvariant();

    public string ChangePath(int id) => $"{Path}{id}/change/";

    public string DeletePath(int id) => $"{Path}{id}/delete/";

    /// <summary>The message shown when someone else saved the record after this form was opened.</summary>
    public string ConflictMessage =>
        $"This {Name} was changed by someone else after you opened it, so your changes were not saved. "
        + "Reload the page to see the current version, then make your changes again.";
}
