using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using CsCheck;
using Lettings.Tests.Admin;
using Lettings.Web.Lettings;

namespace Lettings.Tests.Hosting;

/// <summary>
/// Generated hostile requests (random and known-bad paths, query strings and form fields: Unicode, control characters,
/// invalid percent-encodings, very long values, SQL and HTML injection) at the public pages and the signed-in back
/// office: never a 5xx, never an echo that becomes markup (a letting titled with a script tag is text everywhere), and
/// the database unchanged except by the forms the site accepted.
/// </summary>
public abstract class HostileInputTests(LettingsApp app)
{
    private const string ScriptTitle = "<script>alert(1)</script>";

    private static readonly string[] s_knownBad =
    [
        ScriptTitle, "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "<svg/onload=alert(1)>", "{{7*7}}", "${7*7}",
        "' OR '1'='1' --", "1; DROP TABLE \"Lettings\"; --", "\" OR \"\"=\"", "%' --", "\\", "_", "%",
        "../../etc/passwd", "..\\..\\windows", "/", "//evil.example.com", "?", "#", "&", "=", ";",
        "-1", "0", "2147483648", "99999999999999999999", "1e9", "NaN", " ", "",
        "José", "Ωμέγα", "日本語", "𝕏🏠", "\u202e", "\uFEFF", "e\u0301", "\u0000", "\r\n", "\t", "\u001b[31m",
    ];

    // Sent as they are: malformed or surprising percent-encodings that no escaping function would produce.
    private static readonly string[] s_rawEscapes = ["%", "%zz", "%4", "%C3%28", "%C0%AF", "%ED%A0%80", "%00", "%2e%2e%2f", "%252e", "%u0041", "%FF%FE"];

    /// <summary>A value as a person or a scanner might type it: known-bad, random Unicode, control characters, very long.</summary>
    private static readonly Gen<string> s_text = Gen.Frequency(
        (5, Gen.OneOf(s_knownBad)),
        (3, Gen.String[0, 40].Select(WellFormed)),
        (1, Gen.Char['\0', '\u001f'].Array[1, 6].Select(chars => new string(chars))),
        (1, Gen.Select(Gen.OneOf(s_knownBad), Gen.Int[200, 6000], (text, length) => Repeat(text, length))));

    /// <summary>The same, ready for a URL: escaped, or one of the raw bad escapes, or both.</summary>
    private static readonly Gen<string> s_urlPart = Gen.Frequency(
        (6, s_text.Select(Uri.EscapeDataString)),
        (2, Gen.OneOf(s_rawEscapes)),
        (1, Gen.Select(s_text, Gen.OneOf(s_rawEscapes), (text, raw) => Uri.EscapeDataString(text) + raw)));

    private static readonly string[] s_publicPaths = ["/", "/lettings/", "/profiles/", "/lettings/1/", "/profiles/DavWin/", "/lettings/{0}/", "/profiles/{0}/", "/{0}", "/{0}/", "/lettings/{0}", "/profiles/{0}", "/static/{0}", "/errors/{0}/"];

    private static readonly Gen<string> s_query = Gen.Frequency(
        (2, Gen.Const("")),
        (3, Gen.Select(Gen.OneOf("page", "p", "q", "ReturnUrl", "o", "sort"), s_urlPart, (key, value) => $"?{key}={value}")),
        (2, Gen.Select(s_urlPart, s_urlPart, s_urlPart, (key, value, other) => $"?{key}={value}&page={other}&q={value}")));

    // A NUL in the path never reaches the site: Kestrel refuses the request line (400), and the in-memory server
    // used here throws instead, so paths go without it; query strings and forms carry it.
    private static readonly Gen<string> s_pathPart = s_urlPart.Where(part => !Uri.UnescapeDataString(part).Contains('\0', StringComparison.Ordinal));

    private static readonly Gen<string> s_publicUrl = Gen.Select(Gen.OneOf(s_publicPaths), s_pathPart, s_query,
        (path, part, query) => string.Format(System.Globalization.CultureInfo.InvariantCulture, path, part) + query)
        // "//..." would name another host, which is no request to this site.
        .Where(url => !url.StartsWith("//", StringComparison.Ordinal));

    [Fact]
    public async Task Public_pages_survive_generated_hostile_requests()
    {
        var lettingId = await AddScriptTitledLettingAsync();
        var client = app.CreateBrowserClient();
        var before = await SnapshotAsync();
        var sent = 0;

        await s_publicUrl.SampleAsync(async url =>
        {
            sent++;
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            await AssertSafeAsync(response, "GET " + url);
        }, iter: 700, threads: 1, print: Shown);

        // The sign-in form is public too: hostile usernames and passwords are field errors or a failed sign-in.
        var login = new AdminBrowser(app);
        // The form page itself is opened with the ReturnUrl, so that one stays within the URL limit (a longer one is a 414).
        // Nor a NUL, which makes it a 400 (the form's own fields carry one).
        var returnUrls = s_text.Where(text => Uri.EscapeDataString(text).Length < 3_000 && !text.Contains('\0', StringComparison.Ordinal));
        await Gen.Select(s_text, s_text, returnUrls).SampleAsync(async (username, password, returnUrl) =>
        {
            sent++;
            using var response = await login.SubmitAsync(
                "/admin/login/?ReturnUrl=" + Uri.EscapeDataString(returnUrl),
                new() { ["Form.Username"] = username, ["Form.Password"] = password });
            await AssertSafeAsync(response, $"POST /admin/login/ {Shown(username)}");
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        }, iter: 150, threads: 1);

        Assert.Equal(before, await SnapshotAsync());
        Assert.True(sent >= 850, $"{sent} requests");

        foreach (var url in new[] { $"/lettings/{lettingId}/", "/lettings/" })
        {
            var page = await client.GetDocumentAsync(url);
            AssertNoInjectedMarkup(page, url);
            Assert.Contains(ScriptTitle, page.Body!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_back_office_survives_generated_hostile_searches_and_forms()
    {
        await AddScriptTitledLettingAsync();
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var endpoints = (await BackOfficeEndpoints.DiscoverAsync(app.Services)).Where(e => e.IsBackOffice && !e.AllowsAnonymous).ToList();
        var lists = endpoints.Where(e => !e.HandlesPost && !e.Url.Contains("/1/", StringComparison.Ordinal)).Select(e => e.Url).ToArray();
        var forms = endpoints.Where(e => e.HandlesPost && !e.Url.StartsWith("/admin/logout/", StringComparison.Ordinal)).Select(e => e.Url).ToArray();
        Assert.NotEmpty(lists);
        Assert.NotEmpty(forms);
        var sent = 0;

        // Searches, paging and whatever else a list might read from its query string.
        var listUrls = Gen.Select(Gen.OneOf(lists), s_query, s_urlPart, (list, query, search) =>
            list + (query.Length == 0 ? "?q=" + search : query));
        await listUrls.SampleAsync(async url =>
        {
            sent++;
            using var response = await staff.Client.GetAsync(new Uri(url, UriKind.Relative));
            await AssertSafeAsync(response, "GET " + url);
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        }, iter: 400, threads: 1, print: Shown);

        // Every form, its fields replaced by hostile values (hidden ones too: ids, versions), submitted as a browser would.
        var submissions = Gen.Select(Gen.OneOf(forms), s_text.Array[1, 8], Gen.Int[0, 255]);
        await submissions.SampleAsync(async (url, values, mask) =>
        {
            sent++;
            using var get = await staff.Client.GetAsync(new Uri(url, UriKind.Relative));
            if (get.StatusCode != HttpStatusCode.OK)
            {
                // A record an accepted form deleted: a 404 page, checked like any other answer.
                await AssertSafeAsync(get, "GET " + url);
                return;
            }

            var page = HtmlExtensions.Parse(await get.Content.ReadAsStringAsync());
            if (!HasForm(page))
            {
                // A page whose form depends on the account's state (the two-factor pages while it is off): nothing
                // to submit, but the page itself is checked like any other answer.
                await AssertSafeAsync(get, "GET " + url);
                return;
            }

            var changes = HostileChanges(page, url, values, mask);
            var before = await SnapshotAsync();
            sent++;
            using var response = await staff.SubmitAsync(page, url, changes);
            await AssertSafeAsync(response, $"POST {url} {Shown(string.Join(", ", changes.Select(c => $"{c.Key}={c.Value}")))}");
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                Assert.True(before == await SnapshotAsync(), $"POST {url} answered {(int)response.StatusCode} but changed the database");
            }
        }, iter: 350, threads: 1);

        Assert.True(sent >= 1000, $"{sent} requests");
        // Every list again (and its CSV export), now that the forms have saved whatever they accepted.
        foreach (var url in lists)
        {
            using var response = await staff.Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await AssertSafeAsync(response, "GET " + url);
        }

        // The forms post valid values too, so they may have renamed or deleted the script-titled letting: add one
        // more, which the list must show as text.
        await AddScriptTitledLettingAsync();
        var lettings = await staff.GetAsync("/admin/lettings/?q=" + Uri.EscapeDataString("alert(1)"));
        Assert.Contains(ScriptTitle, lettings.Body!.TextContent, StringComparison.Ordinal);
    }

    private static bool HasForm(IHtmlDocument page) =>
        page.QuerySelectorAll("main form[method=post]").Any(f => f.GetAttribute("action") != "/admin/logout/");

    /// <summary>The form's named fields, each replaced (when its bit of <paramref name="mask"/> is set) by a generated value.</summary>
    private static Dictionary<string, string> HostileChanges(IHtmlDocument page, string url, string[] values, int mask)
    {
        var form = page.QuerySelectorAll("main form[method=post]").OfType<IHtmlFormElement>()
            .Single(f => f.GetAttribute("action") != "/admin/logout/");
        var names = form.Elements.Select(e => e.GetAttribute("name")).OfType<string>()
            .Where(n => n != "__RequestVerificationToken").Distinct().ToList();
        var changes = new Dictionary<string, string>();
        for (var i = 0; i < names.Count; i++)
        {
            // A delete's confirmation holds only what identifies the records: all of it is replaced, or a valid
            // deletion would be most of what is tested.
            if (url.Contains("/delete", StringComparison.Ordinal) || (mask & (1 << (i % 8))) != 0)
            {
                changes[names[i]] = values[i % values.Length];
            }
        }

        return changes;
    }

    private async Task AssertSafeAsync(HttpResponseMessage response, string request)
    {
        if ((int)response.StatusCode >= 500)
        {
            var error = app.Logs.GetSnapshot().LastOrDefault(log => log.Exception is not null);
            Assert.Fail($"{request} answered {(int)response.StatusCode}: {error?.Exception}");
        }

        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            AssertNoInjectedMarkup(HtmlExtensions.Parse(await response.Content.ReadAsStringAsync()), request);
        }
    }

    /// <summary>The site writes no inline script and no event-handler attribute: any there came from the input.</summary>
    private static void AssertNoInjectedMarkup(IHtmlDocument page, string request)
    {
        var scripts = page.QuerySelectorAll("script").Where(s => !s.HasAttribute("src") || s.TextContent.Length > 0).ToList();
        Assert.True(scripts.Count == 0, $"{request}: an inline script: {scripts.FirstOrDefault()?.OuterHtml}");
        var handlers = page.All.SelectMany(e => e.Attributes.Select(a => (Element: e, a.Name)))
            .Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(handlers.Count == 0, $"{request}: an event handler attribute {handlers.FirstOrDefault().Name} on <{handlers.FirstOrDefault().Element?.LocalName}>");
        Assert.Empty(page.QuerySelectorAll("iframe, object, embed, base, img[src=x]"));
    }

    private async Task<int> AddScriptTitledLettingAsync() => await app.WithDbAsync(async db =>
    {
        var letting = new Letting
        {
            Title = ScriptTitle,
            Address = new Address { Number = 1, Street = "\"><img src=x onerror=alert(1)>", City = "Irvine", State = "CA", ZipCode = 92618, CountryIsoCode = "USA" },
        };
        db.Lettings.Add(letting);
        await db.SaveChangesAsync();
        return letting.Id;
    });

    /// <summary>Every row the site's pages and forms can change, as text.</summary>
    private Task<string> SnapshotAsync() => app.WithDbAsync(async db => JsonSerializer.Serialize(new object[]
    {
        await db.Addresses.AsNoTracking().OrderBy(a => a.Id).ToListAsync(),
        await db.Lettings.AsNoTracking().OrderBy(l => l.Id).Select(l => new { l.Id, l.Version, l.Title, l.AddressId }).ToListAsync(),
        await db.Profiles.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Version, p.UserId, p.FavoriteCity }).ToListAsync(),
        await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.UserName, u.Email, u.PasswordHash, u.SecurityStamp, u.LockoutEnd }).ToListAsync(),
        await db.UserRoles.AsNoTracking().OrderBy(r => r.UserId).ThenBy(r => r.RoleId).ToListAsync(),
        await db.AdminActions.AsNoTracking().CountAsync(),
    }));

    // Lone surrogates cannot be sent as UTF-8; what a client can send is their replacement character.
    private static string WellFormed(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(text, i++, 2);
            }
            else
            {
                builder.Append(char.IsSurrogate(text[i]) ? '\uFFFD' : text[i]);
            }
        }

        return builder.ToString();
    }

    private static string Repeat(string text, int length)
    {
        var builder = new StringBuilder(length + text.Length);
        while (builder.Length < length)
        {
            builder.Append(text.Length == 0 ? "x" : text);
        }

        return builder.ToString();
    }

    // A failing sample in the test's message, shortened: some are thousands of characters long.
    private static string Shown(string value) => value.Length <= 200 ? value : value[..200] + $"… ({value.Length} characters)";
}

public sealed class HostileInputOnSqlite(SqliteApp app) : HostileInputTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class HostileInputOnPostgres(PostgresApp app) : HostileInputTests(app), IClassFixture<PostgresApp>;
