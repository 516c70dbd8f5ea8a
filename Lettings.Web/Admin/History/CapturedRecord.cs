namespace Lettings.Web.Admin.History;

/// <summary>
/// What the saves of one request did to one record so far. A field changed twice keeps its first old value and its
/// last new one, and is dropped when they end up equal: a change undone within the request is no change.
/// </summary>
internal sealed class CapturedRecord(AuditedRecord audited, object? entity, int? id)
{
    // Role memberships come after the record's own fields.
    private const int RoleOrder = int.MaxValue;

    private readonly List<(int Order, AdminActionChange Change)> _fields = [];

    public AuditedRecord Audited { get; } = audited;

    /// <summary>The entity itself: an added record has its id only once it is saved.</summary>
    public object? Entity { get; } = entity;

    public int Id => Entity is null ? id!.Value : Audited.IdOf(Entity);

    public void Note(AuditedField field, string? oldValue, string? newValue) =>
        Note(Audited.Fields.ToList().IndexOf(field), field.Label, oldValue, newValue, field.IsSecret);

    public void NoteRole(string role, bool granted) =>
        Note(RoleOrder, $"{role} role", granted ? "No" : "Yes", granted ? "Yes" : "No", hidden: false);

    public IReadOnlyList<AdminActionChange> Changes() => [.. _fields.OrderBy(f => f.Order).Select(f => f.Change)];

    private void Note(int order, string field, string? oldValue, string? newValue, bool hidden)
    {
        var index = _fields.FindIndex(f => f.Change.Field == field);
        if (index < 0)
        {
            if (hidden || oldValue != newValue)
            {
                _fields.Add((order, new AdminActionChange
                {
                    Field = field,
                    OldValue = hidden ? null : oldValue,
                    NewValue = hidden ? null : newValue,
                    ValuesHidden = hidden,
                }));
            }

            return;
        }

        var change = _fields[index].Change;
        if (!hidden)
        {
            change.NewValue = newValue;
            if (change.OldValue == change.NewValue)
            {
                _fields.RemoveAt(index);
            }
        }
    }
}
