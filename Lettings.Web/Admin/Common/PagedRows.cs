using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Common;

/// <summary>One page of a back-office list (25 rows), with what the pager needs.</summary>
public sealed record PagedRows<T>(IReadOnlyList<T> Rows, int Number, int TotalCount)
{
    public const int PageSize = 25;

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < PageCount;
}

public static class PagedRowsExtensions
{
    /// <summary>Counts, then reads page <paramref name="number"/> (clamped to the pages there are) of an ordered query.</summary>
    public static async Task<PagedRows<T>> ToPageAsync<T>(this IQueryable<T> ordered, int number, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PagedRows<T>.PageSize - 1) / PagedRows<T>.PageSize);
        number = Math.Clamp(number, 1, pageCount);
        var rows = await ordered.Skip((number - 1) * PagedRows<T>.PageSize).Take(PagedRows<T>.PageSize).ToListAsync(cancellationToken);
        return new(rows, number, total);
    }
}
