namespace Lettings.Web.Admin.Common;

/// <summary>What <c>_ListLayout.cshtml</c> shows around a list page's rows.</summary>
public interface IAdminList
{
    AdminRecordType Type { get; }

    ListQuery List { get; }

    /// <summary>The fields the search box looks in, as a hint below it.</summary>
    string SearchHint { get; }

    IReadOnlyList<IListColumn> Headers { get; }

    IReadOnlyList<ListFilter> Filters { get; }

    IPaging Paging { get; }

    /// <summary>The list as it is (search, sort, filters, show all; not the page) as route values, for links that change one.</summary>
    Dictionary<string, string> ListState();
}

public static class AdminListExtensions
{
    /// <summary>The list's state with one value changed (null removes it).</summary>
    public static Dictionary<string, string> StateWith(this IAdminList list, string key, string? value)
    {
        var state = list.ListState();
        if (value is null)
        {
            state.Remove(key);
        }
        else
        {
            state[key] = value;
        }

        return state;
    }

    public static bool IsFiltered(this IAdminList list) => list.List.Search is not null || list.Filters.Any(f => f.Value is not null);
}
