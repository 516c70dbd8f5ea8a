using Microsoft.AspNetCore.Mvc.Testing;

namespace Lettings.Tests.Infrastructure;

/// <summary>The sign-in cookie as someone who copied it would replay it: from another client, without the browser's cookie jar.</summary>
public sealed class SessionCookie(LettingsApp app, string cookie)
{
    /// <summary>The <c>lettings.auth</c> cookie a sign-in response set.</summary>
    public static SessionCookie CopiedFrom(LettingsApp app, HttpResponseMessage signIn)
    {
        var header = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lettings.auth=", StringComparison.Ordinal));
        return new SessionCookie(app, header.Split(';')[0]);
    }

    /// <summary>The status of a back-office page requested with the copied cookie, and where a redirect goes.</summary>
    public async Task<(System.Net.HttpStatusCode Status, string? Location)> GetAsync(string url)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Headers.Location?.AbsolutePath);
    }
}
