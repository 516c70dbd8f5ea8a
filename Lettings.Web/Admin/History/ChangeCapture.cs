using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Lettings.Web.Admin.History;

/// <summary>
/// The field changes of every audited record a context saves, collected at each save (the change tracker still
/// knows the old values then) until the action that made them is recorded (<see cref="AdminActionLog"/>), which takes
/// them. One request may save a record several times (Identity saves an account, then its password, then its
/// roles): the action gets the sum of them.
/// </summary>
public sealed class ChangeCapture
{
    private readonly List<CapturedRecord> _records = [];
    private readonly List<(AdminAction Action, AdminRecordType Type)> _actions = [];

    /// <summary>
    /// Gives the action the changes of its record: those saved already, and those of the save that stores the action
    /// (a deletion is recorded before it is saved). An action that changed nothing is dropped at that save.
    /// </summary>
    public void Describe(AdminAction action, AdminRecordType type)
    {
        action.Changes.AddRange(Take(type, action.RecordId));
        _actions.Add((action, type));
    }

    private IReadOnlyList<AdminActionChange> Take(AdminRecordType type, int id)
    {
        var record = _records.FirstOrDefault(r => r.Audited.RecordType == type && r.Id == id);
        if (record is null)
        {
            return [];
        }

        _records.Remove(record);
        return record.Changes();
    }

    /// <summary>Notes what the coming save changes. Names of referenced records are read from the database when needed.</summary>
    internal async Task CaptureAsync(LettingsDbContext db, CancellationToken cancellationToken)
    {
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            if (entry.Entity is IdentityUserRole<int> membership)
            {
                var role = await RoleNameAsync(db, membership.RoleId, cancellationToken);
                RecordOf(AuditedRecords.Users, entity: null, membership.UserId).NoteRole(role, granted: entry.State == EntityState.Added);
            }
            else if (AuditedRecords.For(entry.Metadata.ClrType) is { } audited)
            {
                await CaptureFieldsAsync(db, entry, RecordOf(audited, entry.Entity, id: null), cancellationToken);
            }
        }

        foreach (var (action, type) in _actions)
        {
            action.Changes.AddRange(Take(type, action.RecordId));
            if (action.Kind == AdminActionKind.Changed && action.Changes.Count == 0)
            {
                db.Entry(action).State = EntityState.Detached;
            }
        }

        _actions.Clear();
    }

    private static async Task CaptureFieldsAsync(LettingsDbContext db, EntityEntry entry, CapturedRecord record, CancellationToken cancellationToken)
    {
        // A change's old values are read from the database (inside the request's transaction), not from the change
        // tracker: Identity's store attaches the account again before it saves, which makes the tracker's original
        // values the new ones and marks every column modified.
        var stored = entry.State == EntityState.Modified ? await entry.GetDatabaseValuesAsync(cancellationToken) : null;
        foreach (var field in record.Audited.Fields)
        {
            var property = entry.Property(field.Property);
            var before = entry.State switch
            {
                EntityState.Added => null,
                EntityState.Modified when stored is not null => stored[field.Property],
                _ => property.OriginalValue,
            };
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (Equals(before, after))
            {
                continue;
            }

            if (field.References is { } referenced)
            {
                before = await ReferenceNameAsync(db, referenced, before, cancellationToken);
                after = await ReferenceNameAsync(db, referenced, after, cancellationToken);
            }

            record.Note(field, AuditedRecords.Format(before), AuditedRecords.Format(after));
        }
    }

    private CapturedRecord RecordOf(AuditedRecord audited, object? entity, int? id)
    {
        var record = _records.FirstOrDefault(r => r.Audited == audited && (entity is null ? r.Id == id : ReferenceEquals(r.Entity, entity) || (r.Entity is null && r.Id == audited.IdOf(entity))));
        if (record is null)
        {
            record = new CapturedRecord(audited, entity, id);
            _records.Add(record);
        }

        return record;
    }

    private static async Task<object?> ReferenceNameAsync(LettingsDbContext db, Type referenced, object? id, CancellationToken cancellationToken) =>
        id is int key
            ? await AuditedRecords.NameOfAsync(db, referenced, key, cancellationToken) ?? $"#{key}"
            : id;

    // Identity finds a role (tracked) before it grants or takes it away.
    private static async Task<string> RoleNameAsync(LettingsDbContext db, int roleId, CancellationToken cancellationToken) =>
        db.ChangeTracker.Entries<IdentityRole<int>>().FirstOrDefault(r => r.Entity.Id == roleId)?.Entity.Name
        ?? await db.Roles.AsNoTracking().Where(r => r.Id == roleId).Select(r => r.Name).SingleOrDefaultAsync(cancellationToken)
        ?? $"#{roleId}";
}
