using System.Text.Json;
using Lettings.Web.Data;

namespace Lettings.Tests.Admin.ListIndexes;

/// <summary>
/// PostgreSQL's <c>EXPLAIN (FORMAT JSON)</c> of a list's query with sequential scans off (and, for a sort, sorting
/// off), so that the planner takes an index wherever one can serve, whatever the few test rows would make cheapest.
/// Judged: any <c>Seq Scan</c> left means no index could serve; a <c>Sort</c> over a whole table or index read
/// (a scan without an index condition) is what an index should have spared, while an <c>Incremental Sort</c> (of
/// ties only) or a sort of what an index condition found are not. A filter must be an index condition.
/// </summary>
internal static class PostgresPlans
{
    public static async Task<string?> ProblemAsync(LettingsDbContext db, ListShape shape)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off");
        if (!shape.IsFilter)
        {
            await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_sort = off");
        }

        var command = shape.Command;
        command.CommandText = "EXPLAIN (FORMAT JSON) " + command.CommandText;
        var json = (string)(await command.ExecuteScalarAsync())!;
        await transaction.RollbackAsync();

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement[0].GetProperty("Plan");
        var plan = JsonSerializer.Serialize(root, s_indented);
        var nodes = Flatten(root).ToList();
        if (nodes.FirstOrDefault(n => Type(n) == "Seq Scan") is { ValueKind: JsonValueKind.Object } seq)
        {
            return $"reads {seq.GetProperty("Relation Name").GetString()} sequentially:{Environment.NewLine}{plan}";
        }

        if (nodes.Where(n => Type(n) == "Sort").Any(sort => Flatten(sort).Any(IsWholeRead)))
        {
            return $"sorts a whole table or index read:{Environment.NewLine}{plan}";
        }

        if (shape.FilterColumn is { } column
            && !nodes.Any(n => n.TryGetProperty("Index Cond", out var condition) && condition.GetString()!.Contains($"\"{column}\"", StringComparison.Ordinal)))
        {
            return $"finds {column} without an index:{Environment.NewLine}{plan}";
        }

        return null;
    }

    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    private static string? Type(JsonElement node) => node.GetProperty("Node Type").GetString();

    private static bool IsWholeRead(JsonElement node) =>
        Type(node) is "Seq Scan" or "Index Scan" or "Index Only Scan" && !node.TryGetProperty("Index Cond", out _);

    private static IEnumerable<JsonElement> Flatten(JsonElement node)
    {
        yield return node;
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                foreach (var descendant in Flatten(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
