namespace Lettings.Web.Admin.Common;

/// <summary>What <c>_DeleteConfirmation.cshtml</c> shows: the record, and what deleting it also deletes.</summary>
public interface IDeleteConfirmation
{
    AdminRecordType Type { get; }

    int Id { get; }

    string RecordName { get; }

    /// <summary>The records the cascade deletes with this one, e.g. "Letting: Oceanview Retreat".</summary>
    IReadOnlyList<string> AlsoDeleted { get; }
}
