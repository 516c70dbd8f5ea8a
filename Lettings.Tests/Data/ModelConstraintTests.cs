using Lettings.Web.Data;
using Lettings.Web.Lettings;
using Lettings.Web.Profiles;
using Microsoft.AspNetCore.Identity;

namespace Lettings.Tests.Data;

/// <summary>
/// The original's model rules hold in the database itself, whatever writes to it: EF Core does not run
/// validation attributes on save, so each bad row below reaches the database and must be refused there.
/// </summary>
public abstract class ModelConstraintTests(LettingsApp app)
{
    public static TheoryData<string, Action<Address>> BadAddresses => new()
    {
        { "state of 1 character", a => a.State = "G" },
        { "state of 3 characters", a => a.State = "GAA" },
        { "zip code 0", a => a.ZipCode = 0 },
        { "zip code 100000", a => a.ZipCode = 100000 },
        { "number 0", a => a.Number = 0 },
        { "number 10000", a => a.Number = 10000 },
        { "street of 65 characters", a => a.Street = new string('s', 65) },
        { "empty street", a => a.Street = "" },
        { "city of 65 characters", a => a.City = new string('c', 65) },
        { "country code of 2 characters", a => a.CountryIsoCode = "US" },
        { "country code of 4 characters", a => a.CountryIsoCode = "USAA" },
    };

    [Theory]
    [MemberData(nameof(BadAddresses))]
    public async Task Database_refuses_an_address_that_breaks_a_rule(string rule, Action<Address> breakRule)
    {
        var address = ValidAddress();
        breakRule(address);

        await AssertRefusedAsync(rule, db => db.Addresses.Add(address));
    }

    [Fact]
    public async Task Database_accepts_the_limits_themselves()
    {
        var address = ValidAddress();
        address.Number = 9999;
        address.ZipCode = 99999;
        address.Street = new string('s', 64);

        await app.WithDbAsync(async db =>
        {
            db.Lettings.Add(new Letting { Title = new string('t', 256), Address = address });
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task Database_refuses_a_title_of_257_characters() =>
        await AssertRefusedAsync("title of 257", db => db.Lettings.Add(new Letting { Title = new string('t', 257), Address = ValidAddress() }));

    [Fact]
    public async Task Database_refuses_a_second_letting_on_the_same_address() =>
        await AssertRefusedAsync("second letting", db => db.Lettings.Add(new Letting { Title = "Copy", AddressId = 1 }));

    [Fact]
    public async Task Database_refuses_a_letting_without_an_address() =>
        await AssertRefusedAsync("no address", db => db.Lettings.Add(new Letting { Title = "Nowhere", AddressId = 424242 }));

    [Fact]
    public async Task Database_refuses_a_second_profile_for_the_same_user() =>
        await AssertRefusedAsync("second profile", db => db.Profiles.Add(new Profile { UserId = 1, FavoriteCity = "Paris" }));

    [Fact]
    public async Task Database_refuses_a_favorite_city_of_65_characters() =>
        await AssertRefusedAsync("long city", db =>
        {
            var profile = db.Profiles.First();
            profile.FavoriteCity = new string('c', 65);
        });

    [Fact]
    public async Task Deleting_an_address_deletes_its_letting()
    {
        var (addressId, lettingId) = await app.WithDbAsync(async db =>
        {
            var letting = new Letting { Title = "Doomed", Address = ValidAddress() };
            db.Lettings.Add(letting);
            await db.SaveChangesAsync();
            return (letting.AddressId, letting.Id);
        });

        await app.WithDbAsync(db => db.Addresses.Where(a => a.Id == addressId).ExecuteDeleteAsync());

        Assert.False(await app.WithDbAsync(db => db.Lettings.AnyAsync(l => l.Id == lettingId)));
    }

    [Fact]
    public async Task Deleting_a_user_deletes_their_profile()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Web.Accounts.LettingsUser>>();
        var user = new Web.Accounts.LettingsUser { UserName = $"leaving{Guid.NewGuid():N}", Profile = new Profile { FavoriteCity = "Rome" } };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        var profileId = user.Profile.Id;

        await app.WithDbAsync(db => db.Users.Where(u => u.Id == user.Id).ExecuteDeleteAsync());

        Assert.False(await app.WithDbAsync(db => db.Profiles.AnyAsync(p => p.Id == profileId)));
    }

    private async Task AssertRefusedAsync(string rule, Action<LettingsDbContext> change)
    {
        var error = await Record.ExceptionAsync(() => app.WithDbAsync(db =>
        {
            change(db);
            return db.SaveChangesAsync();
        }));

        Assert.True(error is DbUpdateException, $"The database accepted a row with {rule} ({error?.GetType().Name ?? "no error"}).");
    }

    private static Address ValidAddress() => new()
    {
        Number = 12,
        Street = "Ocean Drive",
        City = "Miami",
        State = "FL",
        ZipCode = 33139,
        CountryIsoCode = "USA",
    };
}

public sealed class ModelConstraintOnSqlite(SqliteApp app) : ModelConstraintTests(app), IClassFixture<SqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class ModelConstraintOnPostgres(PostgresApp app) : ModelConstraintTests(app), IClassFixture<PostgresApp>;
