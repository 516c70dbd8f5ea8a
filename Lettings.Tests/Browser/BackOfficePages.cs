namespace Lettings.Tests.Browser;

/// <summary>Every kind of back-office page, on the original data (the log-in page is seen signed out).</summary>
public static class BackOfficePages
{
    public static readonly SitePage Login = new("admin-login", StaffPages.LoginPath);

    public static readonly IReadOnlyList<SitePage> All =
    [
        Login,
        new("admin-home", "/admin/"),
        new("admin-list", "/admin/lettings/"),
        new("admin-list-sorted", "/admin/lettings/?o=-title&state=OH"),
        new("admin-edit", "/admin/lettings/1/change/"),
        new("admin-delete", "/admin/lettings/1/delete/"),
        new("admin-history", "/admin/lettings/1/history/"),
        new("admin-addresses", "/admin/addresses/"),
        new("admin-bulk-delete", "/admin/addresses/delete/?id=1&id=2&id=3"),
        new("admin-add-address", "/admin/addresses/add/"),
        new("admin-profiles", "/admin/profiles/"),
        new("admin-profile", "/admin/profiles/1/change/"),
        new("admin-users", "/admin/users/"),
        new("admin-user", "/admin/users/1/change/"),
        new("admin-account", "/admin/account/"),
        new("admin-two-factor", "/admin/account/two-factor/"),
    ];

    public static SitePage Named(string name) => All.Single(page => page.Name == name);

    public static TheoryData<string> Names => [.. All.Select(page => page.Name)];

    public static TheoryData<string, string> NamesOnEveryViewport => PublicPages.OnEveryViewport(All);
}
