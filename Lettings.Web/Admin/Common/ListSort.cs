namespace Lettings.Web.Admin.Common;

/// <summary>
/// How a list is ordered in SQL: the direction, and whether the database already sorts an empty (NULL) value last
/// in ascending order and first in descending (PostgreSQL does; SQLite sorts NULL as the lowest value). Where it
/// does, an optional column is ordered by its value alone, which an index on (column, id) serves.
/// </summary>
public readonly record struct ListSort(bool Descending, bool NullsSortHigh);
