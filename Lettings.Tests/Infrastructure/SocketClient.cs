namespace Lettings.Tests.Infrastructure;

/// <summary>
/// Plain HTTP over a real socket to a server the tests started (Kestrel in the test process, the site as a
/// process, a container): redirects and cookies left to the test.
/// </summary>
public static class SocketClient
{
    public static HttpClient Create(Uri baseAddress) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress };

    /// <summary>
    /// Polls <paramref name="baseAddress"/> until it answers anything at all; fails early when
    /// <paramref name="stoppedBecause"/> says the server stopped, and with its <paramref name="output"/> either way.
    /// </summary>
    public static async Task WaitUntilAnsweringAsync(
        Uri baseAddress, TimeSpan limit, Func<Task<string?>> stoppedBecause, Func<Task<string>> output)
    {
        using var client = Create(baseAddress);
        client.Timeout = TimeSpan.FromSeconds(5);
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (await stoppedBecause() is { } reason)
            {
                throw new Xunit.Sdk.XunitException($"The server stopped before answering ({reason}).\n{await output()}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(200);
            }
        }

        throw new Xunit.Sdk.XunitException($"Nothing answered on {baseAddress} within {limit.TotalSeconds} s.\n{await output()}");
    }
}
