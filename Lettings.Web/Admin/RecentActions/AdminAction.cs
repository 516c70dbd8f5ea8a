namespace Lettings.Web.Admin.RecentActions;

/// <summary>
/// One change made in the back office: who did what to which record, and when (Django's admin log).
/// The user's name is copied, so the entry outlives the account; the record's name too, so it outlives the record.
/// </summary>
public class AdminAction
{
    public const int NameMaxLength = 256;
    public const int RecordTypeMaxLength = 32;

    public int Id { get; set; }

    public DateTimeOffset Time { get; set; }

    public int? UserId { get; set; }

    public string UserName { get; set; } = "";

    public AdminActionKind Kind { get; set; }

    /// <summary>The kind of record, as staff call it: "Address", "Letting", "Profile", "User".</summary>
    public string RecordType { get; set; } = "";

    public int RecordId { get; set; }

    /// <summary>How the record was shown at the time: "7217 Bedford Street", a letting's title, a username.</summary>
    public string RecordName { get; set; } = "";

    /// <summary>
    /// What changed, in Django's JSON form (<c>[{"changed": {"fields": ["Title"]}}]</c>) or as plain text;
    /// null when nothing was noted. <see cref="AdminChangeMessage"/> turns it into a sentence.
    /// </summary>
    public string? ChangeMessage { get; set; }

    /// <summary>The fields the action changed, in the order the record's form shows them; none for older entries.</summary>
    public List<AdminActionChange> Changes { get; set; } = [];
}
