using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lettings.Web.Admin.Common;

/// <summary>
/// How a list reads its records: the columns it sorts by (the id breaking ties, in the same direction, so that an
/// index on the column and the id serves the query), the row each record becomes, one page of them or all of them
/// as CSV.
/// </summary>
public sealed class ListColumns<TEntity, TRow>(Expression<Func<TEntity, int>> id, Expression<Func<TEntity, TRow>> row)
{
    private readonly List<ListColumn<TEntity, TRow>> _columns = [];

    public IReadOnlyList<IListColumn> Headers => _columns;

    public ListColumns<TEntity, TRow> By<TKey>(string key, string header, Expression<Func<TEntity, TKey>> sortKey, Func<TRow, string?> text)
    {
        _columns.Add(new(key, header, (records, descending) => descending ? records.OrderByDescending(sortKey) : records.OrderBy(sortKey), text));
        return this;
    }

    /// <summary>
    /// A column that may be empty: empty values come last in ascending order and first in descending, on both
    /// providers (SQLite sorts NULL as the lowest value, PostgreSQL as the highest).
    /// </summary>
    public ListColumns<TEntity, TRow> ByOptional<TKey>(string key, string header, Expression<Func<TEntity, TKey?>> sortKey, Func<TRow, string?> text)
    {
        var isEmpty = Expression.Lambda<Func<TEntity, bool>>(
            Expression.Equal(sortKey.Body, Expression.Constant(null, sortKey.Body.Type)), sortKey.Parameters);
        _columns.Add(new(key, header, (records, descending) => descending
            ? records.OrderByDescending(isEmpty).ThenByDescending(sortKey)
            : records.OrderBy(isEmpty).ThenBy(sortKey), text));
        return this;
    }

    public IQueryable<TRow> Sorted(IQueryable<TEntity> records, ListQuery list)
    {
        var (key, descending) = list.SortOrder;
        if (_columns.Find(c => c.Key == key) is not { } column)
        {
            return records.OrderBy(id).Select(row);
        }

        var ordered = column.Order(records, descending);
        return (descending ? ordered.ThenByDescending(id) : ordered.ThenBy(id)).Select(row);
    }

    public Task<PagedRows<TRow>> ReadPageAsync(IQueryable<TEntity> records, ListQuery list, CancellationToken cancellationToken) =>
        Sorted(records, list).ToPageAsync(list, cancellationToken);

    /// <summary>Every matching record in the list's order, written to the response as it is read.</summary>
    public IActionResult Csv(IQueryable<TEntity> records, ListQuery list, string name) =>
        new CsvResult(name, [.. _columns.Select(c => c.Header)], Lines(Sorted(records, list)));

    private async IAsyncEnumerable<string?[]> Lines(IQueryable<TRow> rows)
    {
        await foreach (var row in rows.AsAsyncEnumerable())
        {
            yield return [.. _columns.Select(c => c.Text(row))];
        }
    }
}
