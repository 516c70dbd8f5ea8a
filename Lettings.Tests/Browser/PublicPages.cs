namespace Lettings.Tests.Browser;

/// <summary>Every public page, on the original data, plus the 404 page.</summary>
public static class PublicPages
{
    public static readonly IReadOnlyList<SitePage> All =
    [
        new("home", "/"),
        new("lettings", "/lettings/"),
        new("letting", "/lettings/5/"),
        new("profiles", "/profiles/"),
        new("profile", "/profiles/HeadlinesGazer/"),
        new("privacy", "/privacy/"),
        new("terms", "/terms/"),
        new("404", "/no-such-page/", 404),
    ];

    public static SitePage Named(string name) => All.Single(page => page.Name == name);

    public static TheoryData<string> Names => [.. All.Select(page => page.Name)];

    public static TheoryData<string, string> NamesOnEveryViewport => OnEveryViewport(All);

    /// <summary>Each page's name with "desktop", then with "phone".</summary>
    public static TheoryData<string, string> OnEveryViewport(IEnumerable<SitePage> pages)
    {
        var data = new TheoryData<string, string>();
        foreach (var page in pages)
        {
            data.Add(page.Name, "desktop");
            data.Add(page.Name, "phone");
        }

        return data;
    }
}
