using AngleSharp.Html.Dom;

namespace Lettings.Tests.Admin;

/// <summary>Reading a back-office list page as staff see it: the records its rows link to, its count, its pager.</summary>
internal static class ListPages
{
    /// <summary>The ids of the records listed, in the order shown (from each row's link to its change page).</summary>
    public static IReadOnlyList<int> RowIds(this IHtmlDocument list) =>
        [.. list.QuerySelectorAll("tbody tr th a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[3], CultureInfo.InvariantCulture))];

    /// <summary>The number the count line starts with ("30 addresses matching …").</summary>
    public static int Count(this IHtmlDocument list) =>
        int.Parse(list.QuerySelector(".admin-count span")!.NormalizedText().Split(' ')[0], CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> PagerLinks(this IHtmlDocument list) =>
        [.. list.QuerySelectorAll(".pagination a").Select(a => a.GetAttribute("href")!)];

    /// <summary>A token no other record contains, to keep a test's records apart from the others in the database.</summary>
    public static string Token() => "t" + Guid.NewGuid().ToString("N")[..8];

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
