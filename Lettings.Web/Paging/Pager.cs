using Lettings.Web.Caching;
using Microsoft.AspNetCore.WebUtilities;

namespace Lettings.Web.Paging;

/// <summary>Where a list page stands: its number and whether pages come before and after it.</summary>
public sealed record Pager(string PageName, int Number, bool HasNext)
{
    public const int PageSize = 50;

    public bool HasPrevious => Number > 1;

    /// <summary>A list that fits on one page shows no pager, as the original did.</summary>
    public bool Visible => HasPrevious || HasNext;

    /// <summary>
    /// The list page's URL for <paramref name="number"/>, from routing; page 1 has no query string. Razor Pages keeps
    /// the route value <c>page</c> for the page's name, so the number is added as a query parameter afterwards.
    /// </summary>
    public string Href(IUrlHelper url, int number)
    {
        var path = url.Page(PageName) ?? throw new InvalidOperationException($"No route to {PageName}.");
        return number == 1 ? path : QueryHelpers.AddQueryString(path, PublicCache.PageQueryKey, number.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The page <c>?page=</c> asks for: its items and where it stands, read through <paramref name="readRows"/> (rows
    /// from an offset, at most a count); null when the query names no page of the list, which is then a 404.
    /// </summary>
    public static async Task<(IReadOnlyList<T> Items, Pager Pager)?> ReadAsync<T>(
        IQueryCollection query, string pageName, Func<int, int, Task<List<T>>> readRows)
    {
        if (!TryReadNumber(query, out var number))
        {
            return null;
        }

        var rows = await readRows(Offset(number), PageSize + 1);
        return rows.Count == 0 && number > 1 ? null : Slice(rows, pageName, number);
    }

    /// <summary>Cuts the rows of a page (read one past its size, to know whether another follows) to the page.</summary>
    private static (IReadOnlyList<T> Items, Pager Pager) Slice<T>(List<T> rows, string pageName, int number)
    {
        var hasNext = rows.Count > PageSize;
        if (hasNext)
        {
            rows.RemoveRange(PageSize, rows.Count - PageSize);
        }

        return (rows, new Pager(pageName, number, hasNext));
    }

    /// <summary>
    /// The page number in <c>?page=</c>: absent means 1; anything but one whole number from 1 on (0, negative, not a
    /// number, repeated, past what an offset can hold) is not a page of the list.
    /// </summary>
    private static bool TryReadNumber(IQueryCollection query, out int number)
    {
        number = 1;
        var values = query[PublicCache.PageQueryKey];
        if (values.Count == 0)
        {
            return true;
        }

        return values.Count == 1
            && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out number)
            && number is >= 1 and <= MaxNumber;
    }

    /// <summary>The rows a page starts after.</summary>
    private static int Offset(int number) => (number - 1) * PageSize;

    private const int MaxNumber = (int.MaxValue / PageSize) + 1;
}

/// <summary>A page model that shows one page of a list.</summary>
public interface IPagedList
{
    Pager Pager { get; }
}
