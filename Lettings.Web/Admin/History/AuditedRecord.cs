namespace Lettings.Web.Admin.History;

/// <summary>A kind of record whose history the back office keeps: the fields it notes, in the order its form shows them.</summary>
internal sealed record AuditedRecord(Type EntityType, AdminRecordType RecordType, IReadOnlyList<AuditedField> Fields, Func<object, int> IdOf);

/// <param name="Property">The entity's property.</param>
/// <param name="Label">The field as staff know it from the form.</param>
/// <param name="References">The kind of record the property holds the id of: its name is noted instead of the id.</param>
/// <param name="IsSecret">Noted as changed, never with its value (a password hash).</param>
internal sealed record AuditedField(string Property, string Label, Type? References = null, bool IsSecret = false);
