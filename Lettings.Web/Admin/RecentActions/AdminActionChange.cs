namespace Lettings.Web.Admin.RecentActions;

/// <summary>
/// One field an action changed, with its value before and after as staff read them ("7217 Bedford Street", "Yes").
/// A password is noted without any value (<see cref="ValuesHidden"/>).
/// </summary>
public class AdminActionChange
{
    public const int FieldMaxLength = 64;
    public const int ValueMaxLength = 512;

    public int Id { get; set; }

    public int AdminActionId { get; set; }

    /// <summary>The field as the forms label it: "Zip code", "Staff role".</summary>
    public string Field { get; set; } = "";

    /// <summary>Null when the field was empty, or the record did not exist yet.</summary>
    public string? OldValue { get; set; }

    /// <summary>Null when the field is empty, or the record was deleted.</summary>
    public string? NewValue { get; set; }

    public bool ValuesHidden { get; set; }
}
