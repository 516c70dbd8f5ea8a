namespace Lettings.Web.Profiles;

public static class ProfileLinks
{
    /// <summary>
    /// The site's routing lower-cases the URLs it generates, route values included; usernames are case-sensitive, and
    /// every public route is written in lower case already, so public links keep the values as they are.
    /// </summary>
    public static readonly LinkOptions KeepCase = new() { LowercaseUrls = false };

    public static string ProfilePath(this LinkGenerator links, HttpContext context, string username) =>
        links.GetPathByPage(context, DetailsModel.PageName, handler: null, values: new { username }, options: KeepCase)
        ?? throw new InvalidOperationException($"No route to {DetailsModel.PageName}.");
}
