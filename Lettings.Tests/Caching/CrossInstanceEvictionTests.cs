using System.Diagnostics;
using Lettings.Web.Accounts;
using Lettings.Web.Caching;
using Lettings.Web.Data;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace Lettings.Tests.Caching;

/// <summary>
/// A change saved on one instance reaches the other instance's cache through PostgreSQL's LISTEN/NOTIFY, and an
/// instance that lost its listening connection never serves what it may have missed.
/// </summary>
[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class CrossInstanceEvictionTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(20);

    private readonly HttpClient _second = instances.Second.CreateBrowserClient();

    [Theory]
    [InlineData("letting title", "/lettings/1/")]
    [InlineData("address street", "/lettings/2/")]
    [InlineData("letting deleted", "/lettings/3/")]
    [InlineData("letting added", "/lettings/")]
    [InlineData("profile city", "/profiles/HeadlinesGazer/")]
    [InlineData("username", "/profiles/")]
    [InlineData("profile deleted", "/profiles/AirWow/")]
    public async Task A_change_on_one_instance_shows_on_the_other(string change, string page)
    {
        var before = await PrimeAsync(page);

        await ChangeOnFirstAsync(change);

        var after = await EventuallyAsync(async () =>
        {
            using var response = await _second.GetAsync(page);
            var body = await response.Content.ReadAsStringAsync();
            return body != before ? body : null;
        });
        Assert.NotNull(after);
    }

    [Fact]
    public async Task After_losing_its_listening_connection_an_instance_serves_nothing_it_may_have_missed()
    {
        var before = await PrimeAsync("/lettings/4/");
        var listeners = await ListenerPidsAsync();
        Assert.Equal(2, listeners.Count);

        await TerminateAsync(listeners);
        // A change nobody announces: only the lost connection's handling can make it show.
        await ExecuteAsync("UPDATE \"Lettings\" SET \"Title\" = 'Changed while deaf' WHERE \"Id\" = 4");

        var after = await EventuallyAsync(async () =>
        {
            var body = await _second.GetStringAsync("/lettings/4/");
            return body.Contains("Changed while deaf", StringComparison.Ordinal) ? body : null;
        });
        Assert.NotEqual(before, after);

        // Both listeners come back on new connections, and the cache serves again.
        Assert.NotNull(await EventuallyAsync(async () =>
        {
            var now = await ListenerPidsAsync();
            return now.Count == 2 && !now.Intersect(listeners).Any() ? now : null;
        }));
        Assert.NotNull(await EventuallyAsync(async () =>
        {
            using var first = await _second.GetAsync("/lettings/4/");
            using var again = await _second.GetAsync("/lettings/4/");
            return again.Headers.Age is not null ? again : null;
        }));
    }

    private async Task ChangeOnFirstAsync(string change)
    {
        await using var scope = instances.First.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LettingsDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LettingsUser>>();
        switch (change)
        {
            case "letting title":
                (await db.Lettings.SingleAsync(l => l.Id == 1)).Title = "Retitled elsewhere";
                break;
            case "address street":
                (await db.Addresses.SingleAsync(a => a.Letting!.Id == 2)).Street = "Elsewhere Street";
                break;
            case "letting deleted":
                db.Remove(await db.Lettings.SingleAsync(l => l.Id == 3));
                break;
            case "letting added":
                db.Add(new Web.Lettings.Letting
                {
                    Title = "Added elsewhere",
                    Address = new Web.Lettings.Address { Number = 2, Street = "New Road", City = "Irvine", State = "CA", ZipCode = 92602, CountryIsoCode = "USA" },
                });
                break;
            case "profile city":
                (await db.Profiles.SingleAsync(p => p.User!.UserName == "HeadlinesGazer")).FavoriteCity = "Montevideo";
                break;
            case "username":
                Assert.True((await users.SetUserNameAsync((await users.FindByNameAsync("DavWin"))!, "DavWinRenamed")).Succeeded);
                return;
            case "profile deleted":
                db.Remove(await db.Profiles.SingleAsync(p => p.User!.UserName == "AirWow"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, null);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Requests the page until the second instance serves it from its cache; returns what it serves. A response
    /// rendered while any eviction arrives is not stored (it may hold the old data), and notices from the previous
    /// case's saves can still be arriving, so this asks again rather than once.
    /// </summary>
    private async Task<string> PrimeAsync(string page)
    {
        var cached = await EventuallyAsync(async () =>
        {
            using var first = await _second.GetAsync(page);
            using var again = await _second.GetAsync(page);
            return again.Headers.Age is not null ? await again.Content.ReadAsStringAsync() : null;
        });
        Assert.True(cached is not null, $"{page} was not served from the cache");
        return cached;
    }

    // Delivery across instances is asynchronous (milliseconds here); the cache entries would live ten minutes.
    private static async Task<T?> EventuallyAsync<T>(Func<Task<T?>> probe)
        where T : class
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (await probe() is { } result)
            {
                return result;
            }

            if (watch.Elapsed > s_patience)
            {
                return null;
            }

            await Task.Delay(50);
        }
    }

    private async Task<List<int>> ListenerPidsAsync()
    {
        await using var connection = new NpgsqlConnection(instances.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT pid FROM pg_stat_activity WHERE application_name = @name AND datname = current_database()", connection);
        command.Parameters.AddWithValue("name", PostgresEvictionListener.ApplicationName);
        var pids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            pids.Add(reader.GetInt32(0));
        }

        return pids;
    }

    private async Task TerminateAsync(IEnumerable<int> pids)
    {
        foreach (var pid in pids)
        {
            await ExecuteAsync($"SELECT pg_terminate_backend({pid})");
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(instances.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
