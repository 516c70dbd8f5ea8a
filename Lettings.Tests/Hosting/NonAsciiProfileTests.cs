using Lettings.Web.Accounts;
using Lettings.Web.Profiles;

namespace Lettings.Tests.Hosting;

/// <summary>
/// Usernames with letters outside ASCII, as Django allows and the original database may hold, on the public site:
/// the profile page, its link and the 301 from the slash-less form (an escaped <c>Location</c>, which Kestrel
/// accepts). On a real socket, where Kestrel checks the response headers.
/// </summary>
public abstract class NonAsciiProfileTests(KestrelApp app)
{
    [Theory]
    [InlineData("José")]
    [InlineData("Zoë.Ångström")]
    [InlineData("Łukasz-Żółć")]
    [InlineData("山田_太郎")]
    public async Task The_profile_page_its_link_and_the_slashless_redirect_work(string prefix)
    {
        var username = prefix + Unique();
        await CreateProfileAsync(username);
        using var client = app.CreateSocketClient();
        var escaped = "/profiles/" + Uri.EscapeDataString(username) + "/";

        using var page = await client.GetAsync(new Uri(escaped, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(username, HtmlExtensions.Parse(await page.Content.ReadAsStringAsync()).Heading(), StringComparison.Ordinal);

        using var redirect = await client.GetAsync(new Uri(escaped.TrimEnd('/') + "?from=mail", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal(escaped + "?from=mail", redirect.Headers.Location!.OriginalString);
        Assert.All(redirect.Headers.Location.OriginalString, c => Assert.True(c < 128, $"non-ASCII '{c}' in Location"));

        using var list = await client.GetAsync(new Uri("/profiles/", UriKind.Relative));
        var link = HtmlExtensions.Parse(await list.Content.ReadAsStringAsync()).Links("main a").Single(l => l.Text == username);
        using var followed = await client.GetAsync(new Uri(link.Href, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
    }

    private Task<int> CreateProfileAsync(string username) => app.WithDbAsync(async db =>
    {
        var user = new LettingsUser { UserName = username, NormalizedUserName = username.ToUpperInvariant(), Email = $"{Unique()}@example.com", SecurityStamp = Guid.NewGuid().ToString() };
        db.Profiles.Add(new Profile { User = user, FavoriteCity = "Malmö" });
        return await db.SaveChangesAsync();
    });

    private static string Unique() => Guid.NewGuid().ToString("N")[..6];
}

public sealed class NonAsciiProfilesOnSqlite(SqliteKestrelApp app) : NonAsciiProfileTests(app), IClassFixture<SqliteKestrelApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class NonAsciiProfilesOnPostgres(PostgresKestrelApp app) : NonAsciiProfileTests(app), IClassFixture<PostgresKestrelApp>;
