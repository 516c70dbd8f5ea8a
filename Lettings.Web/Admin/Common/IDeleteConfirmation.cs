namespace Lettings.Web.Admin.Common;

/// <summary>What <c>_DeleteLayout.cshtml</c> shows: the records to delete, and what deleting each also deletes.</summary>
public interface IDeleteConfirmation
{
    AdminRecordType Type { get; }

    IReadOnlyList<DeletionPreview> Records { get; }

    /// <summary>The list the records were selected in, for going back to it (<see cref="ListReturn"/>); null from a record's page.</summary>
    string? ReturnList { get; }
}

/// <summary>
/// A record on the confirmation page: what the cascade deletes with it (e.g. "Letting: Oceanview Retreat"), or why
/// it will not be deleted (it is named and skipped); <see cref="Version"/> is the record's version as shown
/// (<see cref="DeleteVersions"/>).
/// </summary>
public sealed record DeletionPreview(int Id, string Name, IReadOnlyList<string> AlsoDeleted, string Version, string? Refusal = null);
