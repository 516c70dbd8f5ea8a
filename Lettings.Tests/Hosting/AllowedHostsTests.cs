namespace Lettings.Tests.Hosting;

/// <summary>
/// <c>AllowedHosts</c> as the operations guide sets it in production (the Heroku app's host and the custom domains,
/// separated by ';'): those hosts are served, any other Host header is refused with 400 before any page runs.
/// </summary>
public sealed class AllowedHostsTests(AllowedHostsTests.HostsApp app) : IClassFixture<AllowedHostsTests.HostsApp>
{
    [Theory]
    [InlineData("oc-lettings.herokuapp.com")]
    [InlineData("www.lettings.example.com")]
    public async Task A_configured_host_is_served(string host)
    {
        using var response = await SendAsync(host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("evil.example.net")]
    [InlineData("oc-lettings.herokuapp.com.evil.example.net")]
    [InlineData("127.0.0.1")]
    public async Task Any_other_host_is_refused(string host)
    {
        using var response = await SendAsync(host);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/lettings/");
        request.Headers.Host = host;
        return await app.CreateBrowserClient().SendAsync(request);
    }

    public sealed class HostsApp() : LettingsApp(new SqliteTestDatabase())
    {
        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["AllowedHosts"] = "oc-lettings.herokuapp.com;www.lettings.example.com",
        };
    }
}
