using Lettings.Web.Accounts;
using Lettings.Web.Lettings;
using Lettings.Web.Profiles;
using Microsoft.AspNetCore.Identity;

namespace Lettings.Tests.Caching;

/// <summary>
/// Every change to what a public page shows is visible on the very next request, although the pages are cached:
/// whatever saves the change (here the DbContext and Identity's UserManager, as the back office does), the save evicts.
/// </summary>
public abstract class EvictionTests(LettingsApp app)
{
    private readonly HttpClient _client = app.CreateBrowserClient();

    [Fact]
    public async Task Adding_a_letting_shows_it_in_the_list_and_the_sitemap()
    {
        await PrimeAsync("/lettings/", "/sitemap.xml");

        var id = await app.WithDbAsync(async db =>
        {
            var letting = new Letting { Title = "Added letting", Address = NewAddress() };
            db.Add(letting);
            await db.SaveChangesAsync();
            return letting.Id;
        });

        Assert.Contains(("Added letting", $"/lettings/{id}/"), (await _client.GetDocumentAsync("/lettings/")).Links("main ul li a"));
        Assert.Contains($"/lettings/{id}/", await _client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_a_title_shows_on_the_list_and_the_letting()
    {
        var id = await AddLettingAsync("Before the change");
        await PrimeAsync("/lettings/", $"/lettings/{id}/");

        await app.WithDbAsync(async db =>
        {
            (await db.Lettings.SingleAsync(l => l.Id == id)).Title = "After the change";
            return await db.SaveChangesAsync();
        });

        Assert.Equal("After the change", (await _client.GetDocumentAsync($"/lettings/{id}/")).Heading());
        Assert.Contains(("After the change", $"/lettings/{id}/"), (await _client.GetDocumentAsync("/lettings/")).Links("main ul li a"));
    }

    [Fact]
    public async Task Changing_an_address_shows_on_its_letting()
    {
        var id = await AddLettingAsync("Moving house");
        await PrimeAsync($"/lettings/{id}/");

        await app.WithDbAsync(async db =>
        {
            (await db.Addresses.SingleAsync(a => a.Letting!.Id == id)).Street = "Changed Street";
            return await db.SaveChangesAsync();
        });

        var lines = (await _client.GetDocumentAsync($"/lettings/{id}/")).QuerySelectorAll("main address p").Select(p => p.NormalizedText());
        Assert.Contains("1 Changed Street", lines);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Deleting_a_letting_or_its_address_removes_it_everywhere(bool deleteTheAddress)
    {
        var id = await AddLettingAsync("Soon gone " + deleteTheAddress);
        await PrimeAsync("/lettings/", $"/lettings/{id}/", "/sitemap.xml");

        await app.WithDbAsync(async db =>
        {
            var letting = await db.Lettings.Include(l => l.Address).SingleAsync(l => l.Id == id);
            db.Remove(deleteTheAddress ? letting.Address! : letting);
            return await db.SaveChangesAsync();
        });

        await _client.GetDocumentAsync($"/lettings/{id}/", expectedStatus: 404);
        Assert.DoesNotContain((await _client.GetDocumentAsync("/lettings/")).Links("main ul li a"), l => l.Href == $"/lettings/{id}/");
        Assert.DoesNotContain($"/lettings/{id}/", await _client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Adding_a_profile_shows_it_in_the_list()
    {
        await PrimeAsync("/profiles/");

        await AddMemberAsync("NewMember");

        Assert.Contains(("NewMember", "/profiles/NewMember/"), (await _client.GetDocumentAsync("/profiles/")).Links("main ul li a"));
        Assert.Equal("NewMember", (await _client.GetDocumentAsync("/profiles/NewMember/")).Heading());
    }

    [Fact]
    public async Task Changing_a_profile_shows_on_its_page()
    {
        await AddMemberAsync("CityMover");
        await PrimeAsync("/profiles/CityMover/");

        await app.WithDbAsync(async db =>
        {
            (await db.Profiles.SingleAsync(p => p.User!.UserName == "CityMover")).FavoriteCity = "Lisbon";
            return await db.SaveChangesAsync();
        });

        Assert.Contains("Favorite city : Lisbon", Fields(await _client.GetDocumentAsync("/profiles/CityMover/")));
    }

    [Fact]
    public async Task Deleting_a_profile_removes_it_everywhere()
    {
        await AddMemberAsync("Leaving");
        await PrimeAsync("/profiles/", "/profiles/Leaving/");

        await app.WithDbAsync(async db =>
        {
            db.Remove(await db.Profiles.SingleAsync(p => p.User!.UserName == "Leaving"));
            return await db.SaveChangesAsync();
        });

        await _client.GetDocumentAsync("/profiles/Leaving/", expectedStatus: 404);
        Assert.DoesNotContain((await _client.GetDocumentAsync("/profiles/")).Links("main ul li a"), l => l.Text == "Leaving");
    }

    [Fact]
    public async Task Renaming_an_account_moves_its_profile_page()
    {
        await AddMemberAsync("OldName");
        await PrimeAsync("/profiles/", "/profiles/OldName/", "/sitemap.xml");

        await WithUsersAsync(async users =>
        {
            var user = await users.FindByNameAsync("OldName");
            Assert.True((await users.SetUserNameAsync(user!, "NewName")).Succeeded);
        });

        await _client.GetDocumentAsync("/profiles/OldName/", expectedStatus: 404);
        Assert.Equal("NewName", (await _client.GetDocumentAsync("/profiles/NewName/")).Heading());
        Assert.Contains(("NewName", "/profiles/NewName/"), (await _client.GetDocumentAsync("/profiles/")).Links("main ul li a"));
        Assert.Contains("/profiles/NewName/", await _client.GetStringAsync("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changing_an_accounts_names_and_email_shows_on_its_profile()
    {
        await AddMemberAsync("Renamed");
        await PrimeAsync("/profiles/Renamed/");

        await WithUsersAsync(async users =>
        {
            var user = await users.FindByNameAsync("Renamed");
            user!.FirstName = "Ada";
            user.LastName = "Lovelace";
            user.Email = "ada@example.com";
            Assert.True((await users.UpdateAsync(user)).Succeeded);
        });

        var fields = Fields(await _client.GetDocumentAsync("/profiles/Renamed/"));
        Assert.Contains("First name : Ada", fields);
        Assert.Contains("Last name : Lovelace", fields);
        Assert.Contains("Email : ada@example.com", fields);
    }

    [Fact]
    public async Task Deleting_an_account_removes_its_profile()
    {
        await AddMemberAsync("Departed");
        await PrimeAsync("/profiles/", "/profiles/Departed/");

        await WithUsersAsync(async users => Assert.True((await users.DeleteAsync((await users.FindByNameAsync("Departed"))!)).Succeeded));

        await _client.GetDocumentAsync("/profiles/Departed/", expectedStatus: 404);
        Assert.DoesNotContain((await _client.GetDocumentAsync("/profiles/")).Links("main ul li a"), l => l.Text == "Departed");
    }

    [Fact]
    public async Task A_sign_in_attempt_changes_the_account_but_keeps_the_cache()
    {
        await AddMemberAsync("Steady");
        await PrimeAsync("/profiles/Steady/");
        // Changed behind the site's back: only an eviction would show it.
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"AspNetUsers\" SET \"FirstName\" = 'Unseen' WHERE \"UserName\" = 'Steady'"));

        await WithUsersAsync(async users => await users.AccessFailedAsync((await users.FindByNameAsync("Steady"))!));

        Assert.DoesNotContain("First name : Unseen", Fields(await _client.GetDocumentAsync("/profiles/Steady/")));
    }

    [Fact]
    public async Task A_change_rolled_back_evicts_nothing()
    {
        var id = await AddLettingAsync("Kept as it was");
        await PrimeAsync($"/lettings/{id}/");
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Lettings\" SET \"Title\" = 'Unseen' WHERE \"Id\" = {id}"));

        // The site's own transactions go through the execution strategy (a retrying one requires it); so does this one.
        await app.WithDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Lettings.SingleAsync(l => l.Id == id)).Title = "Rolled back";
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
            return 0;
        }));

        Assert.Equal("Kept as it was", (await _client.GetDocumentAsync($"/lettings/{id}/")).Heading());
    }

    [Fact]
    public async Task A_change_in_an_explicit_transaction_evicts_once_it_commits()
    {
        var id = await AddLettingAsync("Before the commit");
        await PrimeAsync($"/lettings/{id}/");

        await app.WithDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            (await db.Lettings.SingleAsync(l => l.Id == id)).Title = "After the commit";
            await db.SaveChangesAsync();
            // Saved but not committed: another request still reads the old title, and may cache it again.
            Assert.Equal("Before the commit", (await _client.GetDocumentAsync($"/lettings/{id}/")).Heading());
            await transaction.CommitAsync();
            return 0;
        }));

        Assert.Equal("After the commit", (await _client.GetDocumentAsync($"/lettings/{id}/")).Heading());
    }

    private static Address NewAddress() => new()
    {
        Number = 1,
        Street = "Test Street",
        City = "Testville",
        State = "CA",
        ZipCode = 90000,
        CountryIsoCode = "USA",
    };

    private Task<int> AddLettingAsync(string title) => app.WithDbAsync(async db =>
    {
        var letting = new Letting { Title = title, Address = NewAddress() };
        db.Add(letting);
        await db.SaveChangesAsync();
        return letting.Id;
    });

    private Task AddMemberAsync(string username) => WithUsersAsync(async users =>
        Assert.True((await users.CreateAsync(new LettingsUser
        {
            UserName = username,
            FirstName = "First",
            LastName = "Last",
            Email = $"{username}@example.com",
            Profile = new Profile { FavoriteCity = "Porto" },
        })).Succeeded));

    private async Task WithUsersAsync(Func<UserManager<LettingsUser>, Task> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<UserManager<LettingsUser>>());
    }

    /// <summary>Requests each page twice, so that it is in the cache before the change.</summary>
    private async Task PrimeAsync(params string[] urls)
    {
        foreach (var url in urls)
        {
            for (var i = 0; i < 2; i++)
            {
                using var response = await _client.GetAsync(url);
                Assert.Equal(200, (int)response.StatusCode);
            }

            using var cached = await _client.GetAsync(url);
            Assert.True(cached.Headers.Age is not null, $"{url} was not served from the cache");
        }
    }

    private static List<string> Fields(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("main dl div").Select(d => d.NormalizedText())];
}

public sealed class EvictionOnSqlite(SqliteApp app) : EvictionTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class EvictionOnPostgres(PostgresApp app) : EvictionTests(app), IClassFixture<PostgresApp>;
