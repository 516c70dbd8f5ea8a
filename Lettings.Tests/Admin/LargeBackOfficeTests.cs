using System.Net.Http.Json;
using Lettings.Web.Admin.Common;

namespace Lettings.Tests.Admin;

/// <summary>
/// The back office over 100 000 addresses and accounts, 20 000 of them free: the pickers' pages stay small (a few
/// choices, never every free record) and their handlers answer at most 20 matches.
/// </summary>
public abstract class LargeBackOfficeTests(LargeBackOfficeApp app)
{
    private const int MaxResponseBytes = 256 * 1024;

    [Fact]
    public async Task Pages_with_a_picker_stay_small_with_20000_free_records()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var (letting, profile) = await app.WithDbAsync(async db => (await db.Lettings.MaxAsync(l => l.Id), await db.Profiles.MaxAsync(p => p.Id)));
        Assert.True(await app.WithDbAsync(db => db.Addresses.CountAsync(a => a.Letting == null)) >= LargeBackOfficeApp.Freed);

        foreach (var url in new[] { "/admin/lettings/add/", $"/admin/lettings/{letting}/change/", "/admin/profiles/add/", $"/admin/profiles/{profile}/change/" })
        {
            using var response = await staff.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(html) < MaxResponseBytes, $"{url} is larger than 256 KB");
            var options = HtmlExtensions.Parse(html).QuerySelectorAll("[data-picker-source] select option").Length;
            Assert.InRange(options, 2, PickerSearch.MaxChoices + 2);
        }
    }

    [Theory]
    [InlineData("/admin/lettings/add/?handler=Addresses&q=", PickerSearch.MaxChoices)]
    [InlineData("/admin/lettings/add/?handler=Addresses&q=harbor+irvine", PickerSearch.MaxChoices)]
    [InlineData("/admin/lettings/add/?handler=Addresses&q=nowhere+at+all", 0)]
    [InlineData("/admin/profiles/add/?handler=Users&q=", PickerSearch.MaxChoices)]
    [InlineData("/admin/profiles/add/?handler=Users&q=nobody-has-this-name", 0)]
    public async Task Picker_handlers_answer_at_most_20_matches(string url, int expected)
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);

        var choices = await staff.Client.GetFromJsonAsync<List<PickerChoice>>(url);

        Assert.Equal(expected, choices!.Count);
        Assert.Equal(choices.Select(c => c.Id).OrderDescending(), choices.Select(c => c.Id));
        if (url.Contains("harbor+irvine", StringComparison.Ordinal))
        {
            Assert.All(choices, c => Assert.Contains("Harbor Road, Irvine", c.Label, StringComparison.Ordinal));
        }
    }
}

public sealed class LargeBackOfficeOnSqlite(LargeBackOfficeSqliteApp app) : LargeBackOfficeTests(app), IClassFixture<LargeBackOfficeSqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class LargeBackOfficeOnPostgres(LargeBackOfficePostgresApp app) : LargeBackOfficeTests(app), IClassFixture<LargeBackOfficePostgresApp>;
