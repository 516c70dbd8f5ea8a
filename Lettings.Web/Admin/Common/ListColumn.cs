namespace Lettings.Web.Admin.Common;

/// <summary>A list's column as its header shows it: the title and the key that sorts by it (<c>o=key</c>).</summary>
public interface IListColumn
{
    string Key { get; }

    string Header { get; }
}

/// <summary>A column of a list: its header, how it sorts the records, and its text in the CSV export.</summary>
public sealed class ListColumn<TEntity, TRow> : IListColumn
{
    private readonly Func<IQueryable<TEntity>, ListSort, IOrderedQueryable<TEntity>> _order;

    internal ListColumn(string key, string header, Func<IQueryable<TEntity>, ListSort, IOrderedQueryable<TEntity>> order, Func<TRow, string?> text) =>
        (Key, Header, _order, Text) = (key, header, order, text);

    public string Key { get; }

    public string Header { get; }

    public Func<TRow, string?> Text { get; }

    public IOrderedQueryable<TEntity> Order(IQueryable<TEntity> records, ListSort sort) => _order(records, sort);
}
