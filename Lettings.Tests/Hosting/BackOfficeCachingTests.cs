namespace Lettings.Tests.Hosting;

/// <summary>No cache may keep a back-office response, whatever it is; the public pages stay cacheable.</summary>
public sealed class BackOfficeCachingTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("/admin/login/", HttpStatusCode.OK)]
    [InlineData("/admin/", HttpStatusCode.Redirect)]
    [InlineData("/admin/lettings/", HttpStatusCode.Redirect)]
    public async Task Back_office_responses_to_visitors_are_no_store(string path, HttpStatusCode status)
    {
        using var response = await new AdminBrowser(app).Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData("/admin/")]
    [InlineData("/admin/lettings/")]
    [InlineData("/admin/users/")]
    [InlineData("/admin/lettings/1/change/")]
    public async Task Back_office_pages_for_staff_are_no_store(string path)
    {
        var browser = await AdminBrowser.SignedInStaffAsync(app);

        using var response = await browser.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task A_refused_back_office_page_is_no_store_too()
    {
        var member = await StaffAccounts.CreateMemberAsync(app, "member-" + Guid.NewGuid().ToString("N")[..8]);
        var browser = new AdminBrowser(app);
        using (await browser.SignInAsync(member.Username, member.Password))
        {
        }

        using var response = await browser.Client.GetAsync(new Uri("/admin/lettings/", UriKind.Relative));

        // A 403, or back to the form where accounts without the staff role are refused at sign-in.
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.Redirect });
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control {response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/lettings/")]
    [InlineData("/profiles/DavWin/")]
    public async Task Public_pages_are_not_marked_no_store(string path)
    {
        using var response = await app.CreateBrowserClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }
}
