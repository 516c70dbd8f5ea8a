using Microsoft.AspNetCore.WebUtilities;

namespace Lettings.Web.Admin.Common;

/// <summary>
/// The list a bulk action came from (its query string, in <c>list=</c>), so that the confirmation's "go back" and
/// the redirect after the action return to the same search, sort, filters and page. Only the values are kept: the
/// link is made by routing to the record type's list, never taken as a URL.
/// </summary>
public static class ListReturn
{
    public const string Name = "list";

    public static Dictionary<string, string> Values(string? list) =>
        QueryHelpers.ParseQuery(list).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
}
