using System.Data.Common;
using System.Xml.Linq;
using Lettings.Web.Caching;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lettings.Tests.Pages;

/// <summary>
/// At 100 000 lettings and 100 000 profiles: every query a public page runs is served by an index (its plan read back
/// with EXPLAIN), no page grows, and the sitemap becomes an index of files of at most 50 000 URLs.
/// </summary>
public abstract class LargeCatalogueTests(InstrumentedApp app)
{
    private const int MaxResponseBytes = 256 * 1024;
    private static readonly XNamespace s_sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly HttpClient _client = app.CreateBrowserClient();

    [Fact]
    public async Task Every_query_of_every_public_page_is_index_backed()
    {
        foreach (var url in await PagesAsync())
        {
            // From the database, not from the cache another test filled.
            await app.Services.GetRequiredService<OutputCacheEvictor>().EvictEverythingAsync();
            app.Sql.Clear();
            using (var response = await _client.GetAsync(url))
            {
                Assert.Equal(200, (int)response.StatusCode);
            }

            var commands = app.Sql.Commands;
            Assert.NotEmpty(commands);
            foreach (var command in commands)
            {
                var plan = await ExplainAsync(command);
                AssertIndexBacked(url, command.Sql, plan);
            }
        }
    }

    [Fact]
    public async Task Pages_of_a_large_catalogue_stay_small()
    {
        // Sitemap files are for crawlers and may hold 50 000 URLs (about 2.5 MB): the limit is the pages'.
        foreach (var url in (await PagesAsync()).Where(u => !u.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var response = await _client.GetAsync(url);
            Assert.Equal(200, (int)response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length <= MaxResponseBytes, $"{url} is larger than 256 KB");
        }

        var middle = await _client.GetDocumentAsync("/lettings/?page=1000");
        Assert.Equal(50, middle.QuerySelectorAll("main ul li a").Length);
    }

    [Fact]
    public async Task The_sitemap_becomes_an_index_of_files_of_at_most_50000_urls()
    {
        var index = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml"));
        Assert.Equal(s_sitemap + "sitemapindex", index.Root!.Name);

        var urls = new List<string>();
        foreach (var file in index.Root.Elements(s_sitemap + "sitemap").Select(s => new Uri(s.Element(s_sitemap + "loc")!.Value)))
        {
            var set = XDocument.Parse(await _client.GetStringAsync(file.PathAndQuery));
            Assert.Equal(s_sitemap + "urlset", set.Root!.Name);
            var locations = set.Root.Elements(s_sitemap + "url").Select(u => u.Element(s_sitemap + "loc")!.Value).ToList();
            Assert.InRange(locations.Count, 1, 50_000);
            urls.AddRange(locations);
        }

        var (lettings, profiles) = await app.WithDbAsync(async db => (await db.Lettings.CountAsync(), await db.Profiles.CountAsync()));
        Assert.Equal(5 + lettings + profiles, urls.Count);
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.Contains("http://localhost/lettings/100006/", urls);
    }

    /// <summary>The public pages at scale: first and middle page of each list, a letting and a profile from the middle.</summary>
    private async Task<List<string>> PagesAsync()
    {
        var username = await app.WithDbAsync(db => db.Profiles.Where(p => p.Id == 50_000).Select(p => p.User!.UserName!).SingleAsync());
        return
        [
            "/lettings/", "/lettings/?page=1000", "/lettings/50000/",
            "/profiles/", "/profiles/?page=1000", $"/profiles/{username}/",
            "/sitemap.xml", "/sitemaps/lettings/2.xml",
        ];
    }

    protected abstract Task<IReadOnlyList<string>> ExplainAsync(LoggedCommand command);

    protected abstract void AssertIndexBacked(string url, string sql, IReadOnlyList<string> plan);

    protected static void AddParameters(DbCommand explain, LoggedCommand command)
    {
        foreach (var logged in command.Parameters)
        {
            var parameter = explain.CreateParameter();
            parameter.ParameterName = logged.Name;
            parameter.Value = logged.Value ?? DBNull.Value;
            parameter.DbType = logged.DbType;
            explain.Parameters.Add(parameter);
        }
    }
}

public sealed class LargeCatalogueOnSqlite(LargeSqliteApp app) : LargeCatalogueTests(app), IClassFixture<LargeSqliteApp>
{
    private readonly SqliteTestDatabase _database = (SqliteTestDatabase)app.Database;

    protected override async Task<IReadOnlyList<string>> ExplainAsync(LoggedCommand command)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.FilePath}");
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + command.Sql;
        AddParameters(explain, command);
        var rows = new List<(long Id, long Parent, string Detail)>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(3)));
        }

        // "SCAN t" under "SCALAR SUBQUERY" is the walk along the primary key that finds where a page starts; "SCAN x" of a
        // "CO-ROUTINE x" reads the page's own rows (at most 51) back from the subquery that fetched them by key.
        var coroutines = rows.Where(r => r.Detail.StartsWith("CO-ROUTINE ", StringComparison.Ordinal)).Select(r => "SCAN " + r.Detail["CO-ROUTINE ".Length..]).ToHashSet();
        return [.. rows.Select(r =>
            rows.Any(p => p.Id == r.Parent && p.Detail.StartsWith("SCALAR SUBQUERY", StringComparison.Ordinal)) ? "key walk: " + r.Detail
            : coroutines.Contains(r.Detail) ? "page rows: " + r.Detail
            : r.Detail)];
    }

    protected override void AssertIndexBacked(string url, string sql, IReadOnlyList<string> plan)
    {
        var context = $"{url}\n{sql}\n{string.Join('\n', plan)}";
        Assert.True(plan.Count > 0, context);
        Assert.False(plan.Any(line => line.Contains("TEMP B-TREE", StringComparison.Ordinal)), context);
        Assert.False(plan.Any(line => line.StartsWith("SCAN", StringComparison.Ordinal)), context);
    }
}

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class LargeCatalogueOnPostgres(LargePostgresApp app) : LargeCatalogueTests(app), IClassFixture<LargePostgresApp>
{
    private readonly PostgresTestDatabase _database = (PostgresTestDatabase)app.Database;

    protected override async Task<IReadOnlyList<string>> ExplainAsync(LoggedCommand command)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN " + command.Sql;
        AddParameters(explain, command);
        var lines = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0).Trim());
        }

        return lines;
    }

    protected override void AssertIndexBacked(string url, string sql, IReadOnlyList<string> plan)
    {
        var context = $"{url}\n{sql}\n{string.Join('\n', plan)}";
        Assert.False(plan.Any(line => line.Contains("Seq Scan", StringComparison.Ordinal)), context);
        Assert.False(plan.Any(line => line.Contains("Sort", StringComparison.Ordinal)), context);
    }
}
