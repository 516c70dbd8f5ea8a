namespace Lettings.Web.Admin;

/// <summary>The back office's home: the record types, and the recent actions of all staff.</summary>
public sealed class IndexModel(RecentActionsQuery recent) : PageModel
{
    public IReadOnlyList<AdminAction> RecentActions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        RecentActions = await recent.ReadAsync(cancellationToken);

    /// <summary>
    /// The record type of an action when the signed-in member of staff manages it (user accounts are for
    /// administrators): its record's history is linked, otherwise the action is text only, with no link to a 403.
    /// </summary>
    public AdminRecordType? ManagedType(AdminAction action) =>
        AdminRecordType.Named(action.RecordType) is { } type && AdminRecordType.ManagedBy(User).Contains(type) ? type : null;

    /// <summary>The managed record type of an action, unless the action deleted its record (nothing to link to).</summary>
    public AdminRecordType? LinkedType(AdminAction action) =>
        action.Kind == AdminActionKind.Deleted ? null : ManagedType(action);
}
