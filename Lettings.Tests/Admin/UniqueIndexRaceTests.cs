using Lettings.Web.Lettings;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lettings.Tests.Admin;

/// <summary>
/// Two staff place two lettings on one free address at once: both pages find it free, the unique index lets only one
/// save through, and the other is the field error the page's own check gives, never a 500, with nothing written.
/// </summary>
public abstract class UniqueIndexRaceTests(LettingsApp app)
{
    [Fact]
    public async Task A_letting_placed_on_an_address_taken_meanwhile_is_a_field_error()
    {
        var staff = await AdminBrowser.SignedInStaffAsync(app);
        var addressId = await app.WithDbAsync(async db =>
        {
            var address = new Address { Number = 7, Street = "Race Lane", City = "Irvine", State = "CA", ZipCode = 92618, CountryIsoCode = "USA" };
            db.Addresses.Add(address);
            await db.SaveChangesAsync();
            return address.Id;
        });
        var title = TakeTheAddressFirst.Marker + Guid.NewGuid().ToString("N")[..8];

        using var response = await staff.SubmitAsync("/admin/lettings/add/", new()
        {
            ["Form.Title"] = title,
            ["Form.AddressId"] = addressId.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HtmlExtensions.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Choose an address that has no letting yet.", page.QuerySelector("#Form_AddressId-error")?.NormalizedText());
        Assert.Equal(title, page.QuerySelector("#Form_Title")?.GetAttribute("value"));
        Assert.False(await app.WithDbAsync(db => db.Lettings.AnyAsync(l => l.Title == title)));
        Assert.False(await app.WithDbAsync(db => db.AdminActions.AnyAsync(a => a.RecordName == title)));
    }

    /// <summary>
    /// Plays the other member of staff: just before the page saves a letting whose title has the marker, a letting
    /// on the same address is written in the page's own transaction, after the page checked the address was free.
    /// </summary>
    internal sealed class TakeTheAddressFirst : SaveChangesInterceptor
    {
        public const string Marker = "Race ";

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var context = eventData.Context!;
            foreach (var letting in context.ChangeTracker.Entries<Letting>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList())
            {
                if (letting.Title.StartsWith(Marker, StringComparison.Ordinal))
                {
                    await context.Database.ExecuteSqlAsync(
                        $"INSERT INTO \"Lettings\" (\"Version\", \"Title\", \"AddressId\") VALUES ({Guid.NewGuid()}, {"Taken first " + letting.Title}, {letting.AddressId})",
                        cancellationToken);
                }
            }

            return result;
        }
    }
}

public sealed class RaceSqliteApp() : LettingsApp(new SqliteTestDatabase())
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IInterceptor, UniqueIndexRaceTests.TakeTheAddressFirst>();
}

public sealed class RacePostgresApp() : LettingsApp(new PostgresTestDatabase())
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<IInterceptor, UniqueIndexRaceTests.TakeTheAddressFirst>();
}

public sealed class UniqueIndexRaceOnSqlite(RaceSqliteApp app) : UniqueIndexRaceTests(app), IClassFixture<RaceSqliteApp>;

[Trait(TestRequirements.Trait, TestRequirements.PostgreSql)]
public sealed class UniqueIndexRaceOnPostgres(RacePostgresApp app) : UniqueIndexRaceTests(app), IClassFixture<RacePostgresApp>;
