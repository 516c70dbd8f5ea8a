namespace Lettings.Web.Admin.Common;

/// <summary>
/// What every list shows, as its query string says, so that a list can be bookmarked and shared: the search
/// (<c>q</c>), the sort (<c>o</c>: a column's key, <c>-key</c> descending), the page (<c>p</c>) and "show all"
/// (<c>all</c>). A value that does not bind (<c>p=x</c>) or names no column is ignored.
/// </summary>
public sealed class ListQuery
{
    public const int PageSize = 25;

    public const int MaxShowAll = 200;

    private string? _search;

    [FromQuery(Name = "q")]
    public string? Search
    {
        get => _search;
        set => _search = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    [FromQuery(Name = "o")]
    public string? Sort { get; set; }

    /// <summary>Clamped to the pages there are when the list is read.</summary>
    [FromQuery(Name = "p")]
    public int Page { get; set; } = 1;

    /// <summary>Every row on one page, when there are at most <see cref="MaxShowAll"/>.</summary>
    [FromQuery(Name = "all")]
    public bool ShowAll { get; set; }

    /// <summary>The search as the lists compare it, lower case on both sides (SQLite and PostgreSQL alike); null for no search.</summary>
    public string? Term => Search?.ToLowerInvariant();

    /// <summary>The key of the column the list is sorted by (null: by id), and the direction.</summary>
    public (string? Key, bool Descending) SortOrder => Sort switch
    {
        null or "" or "-" => (null, false),
        ['-', .. var key] => (key, true),
        var key => (key, false),
    };

    /// <summary>The <c>o</c> value that sorts by <paramref name="key"/>: ascending, or descending when it is already ascending.</summary>
    public string SortValueFor(string key) => SortOrder == (key, false) ? "-" + key : key;
}
