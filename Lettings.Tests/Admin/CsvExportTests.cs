using System.Text;
using Lettings.Web.Lettings;

namespace Lettings.Tests.Admin;

/// <summary>
/// "Export CSV" writes the whole list as it is searched, filtered and sorted (not only the page shown), for a
/// spreadsheet: UTF-8 with a byte-order mark, RFC 4180 quoting, and cells a spreadsheet would run as a formula
/// turned into text.
/// </summary>
public abstract class CsvExportTests(LettingsApp app)
{
    private static readonly string[] s_linkKeys = ["handler", "q", "o"];

    private static readonly string[] s_dangerous = ["=HYPERLINK(\"http://x.example\")", "+1+1", "-2+3", "@SUM(A1)", "\tTabbed", "\rReturned"];

    [Fact]
    public async Task The_export_holds_every_matching_row_in_the_list_order_with_formulas_neutralised()
    {
        var token = ListPages.Token();
        await app.WithDbAsync(async db =>
        {
            var titles = s_dangerous.Concat(Enumerable.Range(0, 30).Select(i => $"Plain {i:D2}")).Append("Says \"hi\", twice");
            var i = 0;
            foreach (var title in titles)
            {
                i++;
                db.Lettings.Add(new Letting
                {
                    Title = title,
                    Address = new Address { Number = i, Street = $"{token} Row", City = i % 2 == 0 ? "Irvine" : "Brea", State = i % 2 == 0 ? "CA" : "NV", ZipCode = 92618, CountryIsoCode = "USA" },
                });
            }

            return await db.SaveChangesAsync();
        });
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        var list = await staff.GetAsync($"/admin/lettings/?q={token}&o=-title");
        var link = list.QuerySelectorAll("a").Single(a => a.NormalizedText() == "Export CSV").GetAttribute("href")!;
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("https://localhost"), link).Query);
        Assert.Equal(["Csv", token, "-title"], s_linkKeys.Select(k => query[k].ToString()));
        using var response = await staff.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Matches(@"^lettings-\d{4}-\d{2}-\d{2}\.csv$", response.Content.Headers.ContentDisposition.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = Parse(Encoding.UTF8.GetString(bytes[3..]));

        Assert.Equal(["Title", "Address", "City", "State"], rows[0]);
        var titles = rows.Skip(1).Select(r => r[0]).ToList();
        var stored = s_dangerous.Concat(Enumerable.Range(0, 30).Select(i => $"Plain {i:D2}")).Append("Says \"hi\", twice");
        Assert.Equal(stored.OrderDescending(StringComparer.Ordinal), titles.Select(t => t.StartsWith('\'') ? t[1..] : t));
        Assert.All(s_dangerous, d => Assert.Contains("'" + d, titles));
        Assert.All(rows.Skip(1), r => Assert.EndsWith($"{token} Row", r[1], StringComparison.Ordinal));

        var filtered = Parse(Encoding.UTF8.GetString((await staff.Client.GetByteArrayAsync($"/admin/lettings/?handler=Csv&q={token}&state=CA&city=Irvine"))[3..]));
        Assert.Equal(18, filtered.Count - 1);
        Assert.All(filtered.Skip(1), r => Assert.Equal(["Irvine", "CA"], r[2..]));
    }

    [Fact]
    public async Task Every_list_exports_its_columns()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        foreach (var (path, headers) in new[]
        {
            ("/admin/addresses/", new[] { "Address", "City", "State", "Zip code", "Country", "Letting" }),
            ("/admin/profiles/", ["Username", "Name", "Favorite city"]),
            ("/admin/users/", ["Username", "Email", "Name", "Staff", "Administrator", "Active", "Date joined", "Last sign-in"]),
        })
        {
            var text = Encoding.UTF8.GetString((await staff.Client.GetByteArrayAsync($"{path}?handler=Csv"))[3..]);
            var rows = Parse(text);
            Assert.Equal(headers, rows[0]);
            Assert.True(rows.Count > 1, path);
            Assert.All(rows, r => Assert.Equal(headers.Length, r.Length));
        }
    }

    /// <summary>RFC 4180: comma-separated, CRLF-terminated lines, quoted fields with doubled quotes inside.</summary>
    private static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.Empty(row);
        Assert.Equal(0, field.Length);
        return rows;
    }
}

public sealed class CsvExportOnSqlite(SqliteApp app) : CsvExportTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class CsvExportOnPostgres(PostgresApp app) : CsvExportTests(app), IClassFixture<PostgresApp>;
