using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lettings.Web.Admin;

/// <summary>The back office's home: the record types, and the recent actions of all staff.</summary>
public sealed class IndexModel(RecentActionsQuery recent) : PageModel
{
    public static readonly IReadOnlyList<AdminRecordType> Sections =
        [AdminRecordType.Address, AdminRecordType.Letting, AdminRecordType.Profile, AdminRecordType.User];

    public IReadOnlyList<AdminAction> RecentActions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        RecentActions = await recent.ReadAsync(cancellationToken);

    /// <summary>The change page of an action's record, unless the action deleted it.</summary>
    public static string? LinkTo(AdminAction action) =>
        action.Kind == AdminActionKind.Deleted
            ? null
            : Sections.FirstOrDefault(s => s.Singular == action.RecordType)?.ChangePath(action.RecordId);
}
