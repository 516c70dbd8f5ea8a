using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lettings.Web.Admin;

/// <summary>The back office's home: the record types, and the recent actions of all staff.</summary>
public sealed class IndexModel(RecentActionsQuery recent) : PageModel
{
    public IReadOnlyList<AdminAction> RecentActions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        RecentActions = await recent.ReadAsync(cancellationToken);

    /// <summary>The record type of an action, unless the action deleted its record (nothing to link to).</summary>
    public static AdminRecordType? LinkedType(AdminAction action) =>
        action.Kind == AdminActionKind.Deleted ? null : AdminRecordType.Named(action.RecordType);
}
