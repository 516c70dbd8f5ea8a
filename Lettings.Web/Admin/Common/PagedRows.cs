namespace Lettings.Web.Admin.Common;

/// <summary>Where a list's page stands among the others: what the count, the pager and "show all" need.</summary>
public interface IPaging
{
    int Number { get; }

    int TotalCount { get; }

    int PageCount { get; }

    bool ShowsAll { get; }

    bool CanShowAll { get; }
}

public sealed record PagedRows<T>(IReadOnlyList<T> Rows, int Number, int TotalCount, bool ShowsAll = false) : IPaging
{
    public int PageCount => ShowsAll ? 1 : Math.Max(1, (TotalCount + ListQuery.PageSize - 1) / ListQuery.PageSize);

    public bool CanShowAll => !ShowsAll && TotalCount > ListQuery.PageSize && TotalCount <= ListQuery.MaxShowAll;
}

public static class PagedRowsExtensions
{
    /// <summary>
    /// The page numbers the pager links to: the first and last two and three either side of this one, null for a
    /// gap, so that a list of thousands of pages keeps a short pager.
    /// </summary>
    public static IReadOnlyList<int?> Window(this IPaging paging)
    {
        var shown = Enumerable.Range(1, paging.PageCount)
            .Where(n => n <= 2 || n > paging.PageCount - 2 || Math.Abs(n - paging.Number) <= 3);
        var window = new List<int?>();
        foreach (var n in shown)
        {
            if (window.Count > 0 && window[^1] is int previous && n > previous + 1)
            {
                window.Add(null);
            }

            window.Add(n);
        }

        return window;
    }

    /// <summary>
    /// Counts, then reads the page the list asks for (clamped to the pages there are) of an ordered query, or every
    /// row when the list asks for all and there are no more than <see cref="ListQuery.MaxShowAll"/>.
    /// </summary>
    public static async Task<PagedRows<T>> ToPageAsync<T>(this IQueryable<T> ordered, ListQuery list, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        if (list.ShowAll && total <= ListQuery.MaxShowAll)
        {
            return new(await ordered.ToListAsync(cancellationToken), 1, total, ShowsAll: true);
        }

        var number = Math.Clamp(list.Page, 1, new PagedRows<T>([], 1, total).PageCount);
        var rows = await ordered.PageAt(number).ToListAsync(cancellationToken);
        return new(rows, number, total);
    }

    /// <summary>The rows of page <paramref name="number"/> (from 1) of an ordered query.</summary>
    public static IQueryable<T> PageAt<T>(this IQueryable<T> ordered, int number) =>
        ordered.Skip((number - 1) * ListQuery.PageSize).Take(ListQuery.PageSize);
}
