using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Lettings.Tests.Infrastructure;

/// <summary>
/// A stand-in for Sentry's ingestion API on 127.0.0.1: accepts envelopes at <c>/api/{project}/envelope/</c>
/// and keeps them, decompressed, for assertions. <see cref="Dsn"/> points an SDK at it.
/// </summary>
public sealed class FakeSentryServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _envelopes = new();
    private readonly WebApplication _app;

    private FakeSentryServer(WebApplication app) => _app = app;

    public string Dsn { get; private set; } = "";

    /// <summary>Every envelope received so far, as text (a header line, then item headers and payloads).</summary>
    public IReadOnlyList<string> Envelopes => [.. _envelopes];

    /// <summary>The payloads of the items of this type ("event", "transaction"...) in every envelope.</summary>
    public IReadOnlyList<JsonElement> Items(string type) =>
        [.. Envelopes.SelectMany(ParseItems).Where(item => item.Type == type).Select(item => item.Payload)];

    public static async Task<FakeSentryServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeSentryServer(app);
        app.MapPost("/api/{project}/envelope/", server.ReceiveAsync);
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        server.Dsn = $"http://fakepublickey@127.0.0.1:{address.Port}/1";
        return server;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        var body = request.Body;
        if (request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            body = new GZipStream(body, CompressionMode.Decompress);
        }

        using var reader = new StreamReader(body, Encoding.UTF8);
        _envelopes.Enqueue(await reader.ReadToEndAsync());
        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    /// <summary>Waits until an item of this type matches, or fails after a while.</summary>
    public async Task<JsonElement> WaitForItemAsync(string type, Func<JsonElement, bool> match)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            foreach (var item in Items(type).Where(match))
            {
                return item;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No matching '{type}' reached the fake Sentry server. Received:\n{string.Join("\n---\n", Envelopes)}");
    }

    private static IEnumerable<(string Type, JsonElement Payload)> ParseItems(string envelope)
    {
        var lines = envelope.Split('\n');
        for (var i = 1; i + 1 < lines.Length; i += 2)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            using var header = JsonDocument.Parse(lines[i]);
            var type = header.RootElement.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
            JsonElement payload;
            try
            {
                payload = JsonDocument.Parse(lines[i + 1]).RootElement.Clone();
            }
            catch (JsonException)
            {
                continue; // a binary or non-JSON attachment
            }

            yield return (type, payload);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
