using System.Diagnostics;

namespace Lettings.Tests.Caching;

/// <summary>
/// The same as two dynos: two real processes of the built site on one PostgreSQL database, each caching the page; a
/// change saved by a third instance shows on both.
/// </summary>
[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class TwoProcessesTests : IAsyncLifetime
{
    private readonly PostgresTestDatabase _database = new();
    private LettingsApp? _editor;
    private ServerProcess? _first;
    private ServerProcess? _second;

    public async Task InitializeAsync()
    {
        _editor = new LettingsApp(_database);
        await _editor.InitializeAsync();
        var environment = WebProcess.EnvironmentFor(_database);
        environment["Logging__LogLevel__Default"] = "Warning";
        _first = await ServerProcess.StartAsync(environment);
        _second = await ServerProcess.StartAsync(environment);
    }

    [Fact]
    public async Task A_change_saved_anywhere_shows_on_every_process()
    {
        var processes = new[] { _first!, _second! };
        foreach (var process in processes)
        {
            using var client = process.CreateClient();
            using var first = await client.GetAsync("/lettings/5/");
            using var cached = await client.GetAsync("/lettings/5/");
            Assert.True(cached.Headers.Age is not null, $"not cached on port {process.Port}");
        }

        await _editor!.WithDbAsync(async db =>
        {
            (await db.Lettings.SingleAsync(l => l.Id == 5)).Title = "Seen by every dyno";
            return await db.SaveChangesAsync();
        });

        foreach (var process in processes)
        {
            using var client = process.CreateClient();
            var watch = Stopwatch.StartNew();
            string title;
            do
            {
                title = (await client.GetDocumentAsync("/lettings/5/")).Heading();
            }
            while (title != "Seen by every dyno" && watch.Elapsed < TimeSpan.FromSeconds(20) && await Delay());

            Assert.Equal("Seen by every dyno", title);
        }
    }

    public async Task DisposeAsync()
    {
        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        if (_first is not null)
        {
            await _first.DisposeAsync();
        }

        if (_editor is not null)
        {
            await ((IAsyncLifetime)_editor).DisposeAsync();
        }
    }

    private static async Task<bool> Delay()
    {
        await Task.Delay(50);
        return true;
    }
}
