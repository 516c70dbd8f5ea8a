using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Lettings.Tests.Infrastructure;

public static class HtmlExtensions
{
    private static readonly HtmlParser s_parser = new();

    /// <summary>GETs a page and parses it, asserting the status code first.</summary>
    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url, int expectedStatus = 200)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(expectedStatus, (int)response.StatusCode);
        return await s_parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    public static IHtmlDocument Parse(string html) => s_parser.ParseDocument(html);

    /// <summary>The element's text with runs of white space collapsed, as a reader sees it.</summary>
    public static string NormalizedText(this INode node) =>
        string.Join(' ', node.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyList<(string Text, string Href)> Links(this IParentNode node, string selector) =>
        [.. node.QuerySelectorAll(selector).OfType<IHtmlAnchorElement>().Select(a => (a.NormalizedText(), a.GetAttribute("href") ?? ""))];

    /// <summary>The page's buttons (links styled as buttons, in the page's own button bar).</summary>
    public static IReadOnlyList<(string Text, string Href)> PageButtons(this IDocument document) =>
        document.Links("main .button-bar a");

    public static string Heading(this IDocument document) =>
        document.QuerySelector("h1")?.NormalizedText() ?? throw new Xunit.Sdk.XunitException("The page has no h1.");
}
