namespace Lettings.Web.Admin.Common;

/// <summary>What <c>_ListLayout.cshtml</c> shows around a list page's table.</summary>
public interface IAdminList
{
    AdminRecordType Type { get; }

    ListQuery List { get; }

    /// <summary>The fields the search box looks in, as a hint below it.</summary>
    string SearchHint { get; }

    IPaging Paging { get; }
}
