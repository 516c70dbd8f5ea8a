using System.Data.Common;

namespace Lettings.Tests.Admin.ListIndexes;

/// <summary>
/// One way a back-office list can be asked for (default order, a column's sort either way, or a filter's value), as
/// the SQL command its page runs for its second page, and the column a filter must find through an index.
/// </summary>
public sealed record ListShape(string List, string Name, DbCommand Command, string? FilterColumn)
{
    public bool IsFilter => FilterColumn is not null;

    public override string ToString() => $"{List} {Name}";
}
