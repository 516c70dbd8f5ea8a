using Microsoft.AspNetCore.Mvc.Testing;

namespace Lettings.Tests.Admin;

/// <summary>
/// Data Protection keys live in the database: a sign-in cookie issued by one instance of the site is accepted by a
/// second instance on the same database (another dyno, or the same one after Heroku's daily restart).
/// </summary>
public sealed class DataProtectionTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();

    [Fact]
    public async Task A_sign_in_cookie_from_one_instance_is_accepted_by_another_on_the_same_database()
    {
        string cookie;
        await using (var first = new LettingsApp(_database))
        {
            var password = StaffAccounts.NewPassword();
            await StaffAccounts.CreateAsync(first, "two-instances", password);
            using var login = await new AdminBrowser(first).SignInAsync("two-instances", password);
            cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("lettings.auth=", StringComparison.Ordinal)).Split(';')[0];
        }

        await using var second = new LettingsApp(_database);
        using var client = second.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var home = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("Signed in as two-instances", home.QuerySelector("nav[aria-label='Back office']")!.NormalizedText(), StringComparison.Ordinal);
        Assert.Single(await second.WithDbAsync(db => Task.FromResult(db.DataProtectionKeys.ToList())));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();
}
