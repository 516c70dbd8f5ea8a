using Lettings.Web.Data;

namespace Lettings.Tests.Admin.ListIndexes;

/// <summary>
/// Every sort and filter of the four back-office lists is served by an index (the <c>AdminListIndexes</c>
/// migration), checked on the query plan of the very query each page runs, on both providers. The few shapes no
/// plain index serves are named here, each with its reason (docs/performance.md, "Back-office lists at size"), and
/// must still exist, so that the list does not outlive them.
/// </summary>
public abstract class ListIndexTests(LettingsApp app)
{
    /// <summary>Shapes no plain index serves on both providers, and why.</summary>
    private static readonly Dictionary<string, string> s_notIndexBacked = new(StringComparer.Ordinal)
    {
        ["addresses o=letting"] = ValueOfAnOuterJoin,
        ["addresses o=-letting"] = ValueOfAnOuterJoin,
        ["users o=staff"] = RoleComputed,
        ["users o=-staff"] = RoleComputed,
        ["users o=administrator"] = RoleComputed,
        ["users o=-administrator"] = RoleComputed,
        ["profiles favorite=true"] = "most profiles have a favorite city: the planner reads in id order and stops after the page",
    };

    protected const string ValueOfAnOuterJoin = "the letting's title is null for a free address: no index holds both";

    protected const string RoleComputed = "the flag is computed from the account's roles for each account";

    protected const string SqliteNulls = "SQLite sorts NULL first: the list orders by emptiness, which no index holds";

    /// <summary>Shapes no plain index serves on this provider only, and why.</summary>
    protected abstract IReadOnlyDictionary<string, string> NotIndexBacked { get; }

    protected abstract Task<string?> ProblemAsync(LettingsDbContext db, ListShape shape);

    [Fact]
    public async Task Every_list_sort_and_filter_reads_through_an_index()
    {
        var (names, problems) = await app.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var shapes = await ListShapes.AllAsync(db);
            var found = new List<string>();
            foreach (var shape in shapes.Where(s => !s_notIndexBacked.ContainsKey(s.ToString()) && !NotIndexBacked.ContainsKey(s.ToString())))
            {
                if (await ProblemAsync(db, shape) is string problem)
                {
                    found.Add($"{shape} {problem}");
                }
            }

            return (shapes.Select(s => s.ToString()).ToHashSet(), found);
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine + Environment.NewLine, problems));
        Assert.Empty(s_notIndexBacked.Keys.Concat(NotIndexBacked.Keys).Except(names));
        Assert.Contains("lettings o=-city", names);
        Assert.Contains("users active=false", names);
    }
}

public sealed class ListIndexesOnSqlite(SqliteApp app) : ListIndexTests(app), IClassFixture<SqliteApp>
{
    private const string RolesPerAccount = "SQLite checks each account's roles in id order (the roles table is tiny)";

    protected override IReadOnlyDictionary<string, string> NotIndexBacked { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["profiles o=favorite"] = SqliteNulls,
        ["profiles o=-favorite"] = SqliteNulls,
        ["users o=email"] = SqliteNulls,
        ["users o=-email"] = SqliteNulls,
        ["users o=signin"] = SqliteNulls,
        ["users o=-signin"] = SqliteNulls,
        ["users staff=true"] = RolesPerAccount,
        ["users staff=false"] = RolesPerAccount,
        ["users administrator=true"] = RolesPerAccount,
        ["users administrator=false"] = RolesPerAccount,
    };

    protected override Task<string?> ProblemAsync(LettingsDbContext db, ListShape shape) => SqlitePlans.ProblemAsync(db, shape);
}

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class ListIndexesOnPostgres(PostgresApp app) : ListIndexTests(app), IClassFixture<PostgresApp>
{
    protected override IReadOnlyDictionary<string, string> NotIndexBacked { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    protected override Task<string?> ProblemAsync(LettingsDbContext db, ListShape shape) => PostgresPlans.ProblemAsync(db, shape);
}
