using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Infrastructure;

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
        _columns.Add(new(key, header, (records, sort) => sort.Descending ? records.OrderByDescending(sortKey) : records.OrderBy(sortKey), text));
        return this;
    }

    /// <summary>
    /// A column that may be empty: empty values come last in ascending order and first in descending, on both
    /// providers. PostgreSQL sorts NULL that way already, so there the column is ordered by its value alone (an index
    /// on (column, id) serves it); SQLite sorts NULL as the lowest value, so there the list orders by emptiness
    /// first, which no plain index serves (see docs/performance.md, "Back-office lists at size").
    /// </summary>
    public ListColumns<TEntity, TRow> ByOptional<TKey>(string key, string header, Expression<Func<TEntity, TKey?>> sortKey, Func<TRow, string?> text)
    {
        var isEmpty = Expression.Lambda<Func<TEntity, bool>>(
            Expression.Equal(sortKey.Body, Expression.Constant(null, sortKey.Body.Type)), sortKey.Parameters);
        _columns.Add(new(key, header, (records, sort) => (sort.NullsSortHigh, sort.Descending) switch
        {
            (true, true) => records.OrderByDescending(sortKey),
            (true, false) => records.OrderBy(sortKey),
            (false, true) => records.OrderByDescending(isEmpty).ThenByDescending(sortKey),
            (false, false) => records.OrderBy(isEmpty).ThenBy(sortKey),
        }, text));
        return this;
    }

    /// <summary>
    /// The records as the list's rows, in its order: the column it names (else by id), the id breaking ties.
    /// <paramref name="database"/> tells how its provider sorts empty values (<see cref="ListSort"/>).
    /// </summary>
    public IQueryable<TRow> Sorted(IQueryable<TEntity> records, ListQuery list, DatabaseFacade database)
    {
        var (key, descending) = list.SortOrder;
        if (_columns.Find(c => c.Key == key) is not { } column)
        {
            return records.OrderBy(id).Select(row);
        }

        var ordered = column.Order(records, new ListSort(descending, NullsSortHigh: database.IsNpgsql()));
        return (descending ? ordered.ThenByDescending(id) : ordered.ThenBy(id)).Select(row);
    }

    /// <summary>Every row of a sorted list, written to the response as it is read.</summary>
    public IActionResult Csv(IQueryable<TRow> sorted, string name) =>
        new CsvResult(name, [.. _columns.Select(c => c.Header)], Lines(sorted));

    private async IAsyncEnumerable<string?[]> Lines(IQueryable<TRow> rows)
    {
        await foreach (var row in rows.AsAsyncEnumerable())
        {
            yield return [.. _columns.Select(c => c.Text(row))];
        }
    }
}
