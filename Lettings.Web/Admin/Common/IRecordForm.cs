using Lettings.Web.Data;

namespace Lettings.Web.Admin.Common;

/// <summary>The edit form of a catalogue record: its fields, the version it was read at, and the copy both ways.</summary>
public interface IRecordForm<in TEntity>
    where TEntity : IVersioned
{
    Guid Version { get; set; }

    void CopyFrom(TEntity record);

    void ApplyTo(TEntity record);
}
