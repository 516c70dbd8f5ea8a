using System.Text;
using System.Xml;

namespace Lettings.Web.Seo;

/// <summary>
/// The sitemap (sitemaps.org protocol), streamed from the database: one <c>urlset</c> while every public page fits
/// in one file of at most 50 000 URLs; past that an index of files, each a range of 50 000 ids, so every file is an
/// index range scan and holds at most 50 000 URLs. List pages after the first are left out: they only lead to the
/// lettings and profiles, which are all listed.
/// </summary>
public sealed class Sitemap(LettingsDbContext db, PublicUrls urls)
{
    public const int MaxUrlsPerFile = 50_000;
    public const string PagesSection = "pages";
    public const string LettingsSection = "lettings";
    public const string ProfilesSection = "profiles";

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly string[] s_pages =
        ["/Pages/Index", Lettings.IndexModel.PageName, Profiles.IndexModel.PageName, "/Pages/Privacy", "/Pages/Terms"];

    public async Task WriteRootAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        // Ids are unique and start at 1, so the largest id bounds the count without counting every row.
        var lastLetting = await db.Lettings.MaxAsync(l => (int?)l.Id, cancellationToken) ?? 0;
        var lastProfile = await db.Profiles.MaxAsync(p => (int?)p.Id, cancellationToken) ?? 0;

        await using var xml = await StartAsync(context);
        if (s_pages.Length + lastLetting + lastProfile <= MaxUrlsPerFile)
        {
            await xml.WriteStartElementAsync(null, "urlset", Namespace);
            await WritePagesAsync(xml, context);
            await WriteLettingsAsync(xml, context, 1, lastLetting);
            await WriteProfilesAsync(xml, context, 1, lastProfile);
        }
        else
        {
            await xml.WriteStartElementAsync(null, "sitemapindex", Namespace);
            await WriteFileEntryAsync(xml, context, PagesSection, 1);
            await WriteFileEntriesAsync(xml, context, LettingsSection, lastLetting);
            await WriteFileEntriesAsync(xml, context, ProfilesSection, lastProfile);
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    /// <summary>One file of the index: false when there is no such file.</summary>
    public async Task<bool> WriteFileAsync(HttpContext context, string section, int number)
    {
        if (number < 1 || (section == PagesSection && number != 1))
        {
            return false;
        }

        var (first, last) = (((number - 1) * MaxUrlsPerFile) + 1, number * MaxUrlsPerFile);
        var cancellationToken = context.RequestAborted;
        var exists = section switch
        {
            PagesSection => true,
            LettingsSection => await db.Lettings.MaxAsync(l => (int?)l.Id, cancellationToken) >= first,
            ProfilesSection => await db.Profiles.MaxAsync(p => (int?)p.Id, cancellationToken) >= first,
            _ => false,
        };
        if (!exists)
        {
            return false;
        }

        await using var xml = await StartAsync(context);
        await xml.WriteStartElementAsync(null, "urlset", Namespace);
        switch (section)
        {
            case PagesSection:
                await WritePagesAsync(xml, context);
                break;
            case LettingsSection:
                await WriteLettingsAsync(xml, context, first, last);
                break;
            default:
                await WriteProfilesAsync(xml, context, first, last);
                break;
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        return true;
    }

    private static async Task<XmlWriter> StartAsync(HttpContext context)
    {
        context.Response.ContentType = "application/xml; charset=utf-8";
        var xml = XmlWriter.Create(context.Response.Body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        return xml;
    }

    private async Task WritePagesAsync(XmlWriter xml, HttpContext context)
    {
        foreach (var page in s_pages)
        {
            await WriteUrlAsync(xml, urls.Page(context, page));
        }
    }

    private async Task WriteLettingsAsync(XmlWriter xml, HttpContext context, int first, int last)
    {
        var ids = db.Lettings.AsNoTracking()
            .Where(l => l.Id >= first && l.Id <= last)
            .OrderBy(l => l.Id)
            .Select(l => l.Id)
            .AsAsyncEnumerable();
        await foreach (var id in ids.WithCancellation(context.RequestAborted))
        {
            await WriteUrlAsync(xml, urls.Page(context, Lettings.DetailsModel.PageName, new { id }));
        }
    }

    private async Task WriteProfilesAsync(XmlWriter xml, HttpContext context, int first, int last)
    {
        var usernames = db.Profiles.AsNoTracking()
            .Where(p => p.Id >= first && p.Id <= last)
            .OrderBy(p => p.Id)
            .Select(p => p.User!.UserName!)
            .AsAsyncEnumerable();
        await foreach (var username in usernames.WithCancellation(context.RequestAborted))
        {
            await WriteUrlAsync(xml, urls.Page(context, Profiles.DetailsModel.PageName, new { username }));
        }
    }

    private async Task WriteFileEntriesAsync(XmlWriter xml, HttpContext context, string section, int lastId)
    {
        for (var number = 1; (long)(number - 1) * MaxUrlsPerFile < lastId; number++)
        {
            await WriteFileEntryAsync(xml, context, section, number);
        }
    }

    private async Task WriteFileEntryAsync(XmlWriter xml, HttpContext context, string section, int number)
    {
        await xml.WriteStartElementAsync(null, "sitemap", Namespace);
        await xml.WriteElementStringAsync(null, "loc", Namespace, urls.File(context, CrawlerEndpoints.SitemapFileRoute, new { section, number }));
        await xml.WriteEndElementAsync();
    }

    private static async Task WriteUrlAsync(XmlWriter xml, string url)
    {
        await xml.WriteStartElementAsync(null, "url", Namespace);
        await xml.WriteElementStringAsync(null, "loc", Namespace, url);
        await xml.WriteEndElementAsync();
    }
}
