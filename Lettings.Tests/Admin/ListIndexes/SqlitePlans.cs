using Lettings.Web.Data;

namespace Lettings.Tests.Admin.ListIndexes;

/// <summary>
/// SQLite's <c>EXPLAIN QUERY PLAN</c> of a list's query, judged: a whole table or index read (<c>SCAN</c>) and
/// then sorted (<c>USE TEMP B-TREE FOR ORDER BY</c>) is what an index should have spared. A scan in the list's order
/// (no sort: the page's LIMIT stops it early), a sort of what an index search found, or a sort of ties only
/// (<c>FOR RIGHT PART OF ORDER BY</c>) are not. A filter must be searched for through an index.
/// </summary>
internal static class SqlitePlans
{
    public static async Task<string?> ProblemAsync(LettingsDbContext db, ListShape shape)
    {
        var command = shape.Command;
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var steps = new List<(int Id, int Parent, string Detail)>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                steps.Add((reader.GetInt32(0), reader.GetInt32(1), reader.GetString(3)));
            }
        }

        var plan = string.Join(Environment.NewLine, steps.Select(s => $"{s.Id} <- {s.Parent}: {s.Detail}"));

        // A sort and a whole read at the same level of the query (a subquery's scan of the rows it already found is
        // the outer level's).
        var sortedScans = steps.Where(s => s.Detail.StartsWith("USE TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal))
            .SelectMany(sort => steps.Where(s => s.Parent == sort.Parent && IsScan(s.Detail)));
        if (sortedScans.Any())
        {
            return $"reads a whole table or index and sorts it:{Environment.NewLine}{plan}";
        }

        if (shape.FilterColumn is { } column
            && !steps.Any(s => s.Detail.StartsWith("SEARCH ", StringComparison.Ordinal) && s.Detail.Contains($"({column}", StringComparison.Ordinal)))
        {
            return $"finds {column} without an index:{Environment.NewLine}{plan}";
        }

        _ = db;
        return null;
    }

    private static bool IsScan(string detail) => detail.StartsWith("SCAN ", StringComparison.Ordinal) && detail != "SCAN CONSTANT ROW";
}
