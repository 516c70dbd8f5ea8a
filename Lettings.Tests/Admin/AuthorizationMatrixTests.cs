using Lettings.Web.Accounts;
using Lettings.Web.Admin.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Lettings.Tests.Admin;

/// <summary>
/// Every back-office page and named GET handler (the CSV exports), discovered from the app's endpoints: anonymous
/// visitors are sent to the login page with a ReturnUrl, signed-in accounts that lose the staff flag get the 403 page
/// (accounts without it are refused at the login form; the security stamp is checked on every request here),
/// staff who are not administrators get the 403 page on every page the administrator policy guards (the user pages)
/// and the others, administrators get every page. A new admin page or handler is covered without editing this test.
/// Every page that takes a POST refuses one without an antiforgery token.
/// </summary>
public sealed class AuthorizationMatrixTests(StampCheckedOnEveryRequestApp app) : IClassFixture<StampCheckedOnEveryRequestApp>
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page_with_a_return_url()
    {
        var client = new AdminBrowser(app).Client;
        foreach (var page in await ProtectedPagesAsync())
        {
            using var response = await client.GetAsync(page.Url);

            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{page.Url}: {response.StatusCode}");
            var location = response.Headers.Location!;
            Assert.Equal("/admin/login/", location.AbsolutePath);
            Assert.Equal($"?ReturnUrl={Uri.EscapeDataString(page.Url)}", location.Query);
        }
    }

    [Fact]
    public async Task Signed_in_accounts_without_the_staff_flag_get_the_forbidden_page()
    {
        var member = await AdminBrowser.SignedInStaffAsync(app, "member-matrix", administrator: false);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LettingsUser>>();
            var removed = await users.RemoveFromRoleAsync((await users.FindByNameAsync("member-matrix"))!, Staff.Role);
            Assert.True(removed.Succeeded);
        }

        foreach (var page in await ProtectedPagesAsync())
        {
            var document = await member.GetAsync(page.Url, expectedStatus: 403);
            Assert.Equal("403 - FORBIDDEN", document.Heading());
            Assert.Contains("staff only", document.Body!.NormalizedText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Staff_who_are_not_administrators_get_the_catalogue_and_the_forbidden_page_on_account_pages()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app, "staff-matrix", administrator: false);
        var pages = await ProtectedPagesAsync();
        var administrative = pages.Where(p => p.Policies.Contains(Staff.AdministratorPolicy)).Select(p => p.Url).ToList();

        // The policy guards the user pages through the folder convention, and only them.
        Assert.Equal(pages.Where(p => p.Url.StartsWith("/admin/users/", StringComparison.Ordinal)).Select(p => p.Url), administrative);
        Assert.True(administrative.Count >= 5, "the user list, add, change, delete and history pages");
        foreach (var page in pages)
        {
            using var response = await staff.Client.GetAsync(page.Url);
            var expected = administrative.Contains(page.Url) ? HttpStatusCode.Forbidden : HttpStatusCode.OK;
            Assert.True(response.StatusCode == expected, $"{page.Url}: {response.StatusCode}");
        }

        // A POST is refused before it is read (authorization runs before antiforgery).
        foreach (var page in pages.Where(p => p.HandlesPost && administrative.Contains(p.Url)))
        {
            using var content = new FormUrlEncodedContent([new("Form.UserName", "taken-over")]);
            using var response = await staff.Client.PostAsync(page.Url, content);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{page.Url}: {response.StatusCode}");
        }

        var navigation = (await staff.GetAsync("/admin/")).QuerySelectorAll("nav.admin-nav a").Select(a => a.TextContent.Trim());
        Assert.DoesNotContain("Users", navigation);
    }

    [Fact]
    public async Task Administrators_get_every_page()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        foreach (var page in await ProtectedPagesAsync())
        {
            using var response = await staff.Client.GetAsync(page.Url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page.Url}: {response.StatusCode}");
        }
    }

    [Fact]
    public async Task Only_the_login_its_second_steps_and_logout_pages_are_open_and_every_other_admin_page_is_protected()
    {
        var pages = await BackOfficeEndpoints.DiscoverAsync(app.Services);

        var open = pages.Where(p => p.IsBackOffice && p.AllowsAnonymous).Select(p => p.Url);
        Assert.Equal(["/admin/login/", "/admin/login/recovery-code/", "/admin/login/two-factor/", "/admin/logout/"], open);
        var protectedPages = await ProtectedPagesAsync();
        Assert.True(
            protectedPages.Count >= 25,
            "the four record types have a list, its CSV export, an add, change, delete and bulk delete page, plus the home: "
            + string.Join(", ", protectedPages));
    }

    [Fact]
    public async Task Every_post_without_an_antiforgery_token_is_refused_with_400()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var posts = (await BackOfficeEndpoints.DiscoverAsync(app.Services)).Where(p => p.HandlesPost && !p.IgnoresAntiforgery).ToList();
        Assert.True(posts.Count >= 14, string.Join(", ", posts));

        foreach (var page in posts)
        {
            using var content = new FormUrlEncodedContent([new("Form.Title", "no token")]);
            using var response = await staff.Client.PostAsync(page.Url, content);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{page.Url}: {response.StatusCode}");
        }

        // Nothing was changed by those posts: the seeded records are all there.
        Assert.Equal(6, await app.WithDbAsync(db => Task.FromResult(db.Lettings.Count())));
    }

    private async Task<IReadOnlyList<BackOfficeEndpoints.PageEndpoint>> ProtectedPagesAsync() =>
        [.. (await BackOfficeEndpoints.DiscoverAsync(app.Services)).Where(p => p.IsBackOffice && !p.AllowsAnonymous)];
}
