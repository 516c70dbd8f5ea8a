using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Common;

/// <summary>Where a list's page stands among the others: what the count and the pager show.</summary>
public interface IPaging
{
    int Number { get; }

    int TotalCount { get; }

    int PageCount { get; }
}

public sealed record PagedRows<T>(IReadOnlyList<T> Rows, int Number, int TotalCount) : IPaging
{
    public const int PageSize = 25;

    public int PageCount => Math.Max(1, (TotalCount + PageSize - 1) / PageSize);
}

public static class PagedRowsExtensions
{
    /// <summary>Counts, then reads page <paramref name="number"/> (clamped to the pages there are) of an ordered query.</summary>
    public static async Task<PagedRows<T>> ToPageAsync<T>(this IQueryable<T> ordered, int number, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        number = Math.Clamp(number, 1, new PagedRows<T>([], 1, total).PageCount);
        var rows = await ordered.Skip((number - 1) * PagedRows<T>.PageSize).Take(PagedRows<T>.PageSize).ToListAsync(cancellationToken);
        return new(rows, number, total);
    }
}
