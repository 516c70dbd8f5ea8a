namespace Lettings.Web.Admin.Common;

/// <summary>A kind of record the back office manages: how staff call it and which pages serve it.</summary>
/// <param name="Singular">"Address": also the record type stored in the recent actions.</param>
/// <param name="Plural">"Addresses": the list's heading, and the folder of its pages under <c>/Admin</c>.</param>
public sealed record AdminRecordType(string Singular, string Plural)
{
    public static readonly AdminRecordType Address = new("Address", "Addresses");
    public static readonly AdminRecordType Letting = new("Letting", "Lettings");
    public static readonly AdminRecordType Profile = new("Profile", "Profiles");
    public static readonly AdminRecordType User = new("User", "Users");

    /// <summary>Every record type, in the order the navigation and the home show them.</summary>
    public static readonly IReadOnlyList<AdminRecordType> All = [Address, Letting, Profile, User];

    public string Name => Singular.ToLowerInvariant();

    public string ListPage => $"/Admin/{Plural}/Index";

    /// <summary>One page for both adding (no id) and changing (an id).</summary>
    public string EditPage => $"/Admin/{Plural}/Edit";

    public string DeletePage => $"/Admin/{Plural}/Delete";

    /// <summary>Every action recorded about one record (<c>History/HistoryModel</c>).</summary>
    public string HistoryPage => $"/Admin/{Plural}/History";

    /// <summary>The route of the add page, beside the change page's own <c>{id}/change/</c>.</summary>
    public string AddRoute => $"admin/{Plural.ToLowerInvariant()}/add/";

    public static AdminRecordType? Named(string singular) => All.FirstOrDefault(type => type.Singular == singular);

    /// <summary>The message shown when someone else saved the record after this form was opened.</summary>
    public string ConflictMessage =>
        $"This {Name} was changed by someone else after you opened it, so your changes were not saved. "
        + "Reload the page to see the current version, then make your changes again.";
}
