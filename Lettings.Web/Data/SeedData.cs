using System.Text.Json;
using System.Text.Json.Serialization;
using Lettings.Web.Lettings;
using Lettings.Web.Profiles;

namespace Lettings.Web.Data;

/// <summary>
/// Fills an empty database with the original site's data (Data/Seed/seed.json, embedded in the assembly):
/// 6 lettings with their addresses and 4 profiles with their user accounts, in the original id order.
/// Accounts get no password: nobody can sign in with them until staff set one.
/// </summary>
public sealed partial class SeedData(LettingsDbContext db, UserManager<LettingsUser> users, ILogger<SeedData> logger)
{
    private const string ResourceName = "Lettings.Web.Data.Seed.seed.json";

    public async Task<bool> SeedIfEmptyAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Addresses.AnyAsync(cancellationToken) || await db.Lettings.AnyAsync(cancellationToken)
            || await db.Profiles.AnyAsync(cancellationToken) || await db.Users.AnyAsync(cancellationToken))
        {
            LogNotEmpty(logger);
            return false;
        }

        var file = await LoadAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await AddLettingsAsync(file.Lettings, cancellationToken);
            await AddProfilesAsync(file.Profiles);
            await transaction.CommitAsync(cancellationToken);
        });

        LogSeeded(logger, file.Lettings.Count, file.Profiles.Count);
        return true;
    }

    internal static async Task<SeedFile> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var stream = typeof(SeedData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        return await JsonSerializer.DeserializeAsync<SeedFile>(stream, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is empty.");
    }

    // One letting at a time, in id order, so that identities come out as 1, 2, 3... as in the original.
    private async Task AddLettingsAsync(IEnumerable<SeedLetting> lettings, CancellationToken cancellationToken)
    {
        foreach (var seed in lettings.OrderBy(l => l.Id))
        {
            var a = seed.Address;
            db.Lettings.Add(new Letting
            {
                Title = seed.Title,
                Address = new Address
                {
                    Number = a.Number,
                    Street = a.Street,
                    City = a.City,
                    State = a.State,
                    ZipCode = a.ZipCode,
                    CountryIsoCode = a.CountryIsoCode,
                },
            });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task AddProfilesAsync(IEnumerable<SeedProfile> profiles)
    {
        foreach (var seed in profiles.OrderBy(p => p.Id))
        {
            var user = new LettingsUser
            {
                UserName = seed.Username,
                FirstName = seed.FirstName,
                LastName = seed.LastName,
                Email = seed.Email,
                DateJoined = ParseDateJoined(seed.DateJoined),
                Profile = new Profile { FavoriteCity = seed.FavoriteCity },
            };
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(
                    $"Seeding the user '{seed.Username}' failed: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            }
        }
    }

    // Django wrote "2020-06-14 09:47:21", in UTC.
    private static DateTimeOffset ParseDateJoined(string value) =>
        DateTimeOffset.ParseExact(value, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the original data: {Lettings} lettings and {Profiles} profiles")]
    private static partial void LogSeeded(ILogger logger, int lettings, int profiles);

    [LoggerMessage(Level = LogLevel.Information, Message = "The database already holds data: nothing seeded")]
    private static partial void LogNotEmpty(ILogger logger);

    internal sealed record SeedFile(
        [property: JsonPropertyName("lettings")] IReadOnlyList<SeedLetting> Lettings,
        [property: JsonPropertyName("profiles")] IReadOnlyList<SeedProfile> Profiles);

    internal sealed record SeedLetting(
        [property: JsonPropertyName("id")] int Id,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("address")] SeedAddress Address);

    internal sealed record SeedAddress(
        [property: JsonPropertyName("number")] int Number,
        [property: JsonPropertyName("street")] string Street,
        [property: JsonPropertyName("city")] string City,
        [property: JsonPropertyName("state")] string State,
        [property: JsonPropertyName("zip_code")] int ZipCode,
        [property: JsonPropertyName("country_iso_code")] string CountryIsoCode);

    internal sealed record SeedProfile(
        [property: JsonPropertyName("id")] int Id,
        [property: JsonPropertyName("username")] string Username,
        [property: JsonPropertyName("first_name")] string FirstName,
        [property: JsonPropertyName("last_name")] string LastName,
        [property: JsonPropertyName("email")] string Email,
        [property: JsonPropertyName("favorite_city")] string? FavoriteCity,
        [property: JsonPropertyName("date_joined")] string DateJoined);
}
