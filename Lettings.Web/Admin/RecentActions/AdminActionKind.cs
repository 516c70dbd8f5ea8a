namespace Lettings.Web.Admin.RecentActions;

public enum AdminActionKind
{
    Added,
    Changed,
    Deleted,
}
