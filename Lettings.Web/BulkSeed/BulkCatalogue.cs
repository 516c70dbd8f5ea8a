using Lettings.Web.Lettings;
using Lettings.Web.Profiles;

namespace Lettings.Web.BulkSeed;

/// <summary>
/// A made-up catalogue for measuring at scale: plausible, varied and the same on every run (a fixed seed), with ids
/// given here so that lettings can point at their addresses and profiles at their accounts without a round trip.
/// Accounts get no password: nobody can sign in with them.
/// </summary>
public static class BulkCatalogue
{
    private static readonly string[] s_adjectives =
        ["Sunny", "Quiet", "Breezy", "Cozy", "Modern", "Rustic", "Spacious", "Hidden", "Charming", "Bright", "Secluded", "Historic"];

    private static readonly string[] s_kinds =
        ["Cottage", "Bungalow", "Loft", "Villa", "Cabin", "Studio", "Beach House", "Farmhouse", "Townhouse", "Retreat", "Chalet", "Suite"];

    private static readonly (string City, string State)[] s_places =
    [
        ("Laguna Beach", "CA"), ("Newport Beach", "CA"), ("Anaheim", "CA"), ("Irvine", "CA"), ("Huntington Beach", "CA"),
        ("Santa Fe", "NM"), ("Asheville", "NC"), ("Savannah", "GA"), ("Bend", "OR"), ("Burlington", "VT"), ("Sedona", "AZ"),
        ("Key West", "FL"), ("Boulder", "CO"), ("Portland", "ME"), ("Galveston", "TX"), ("Traverse City", "MI"),
    ];

    private static readonly string[] s_streets =
        ["Ocean Avenue", "Harbor Road", "Maple Street", "Sunset Boulevard", "Pine Lane", "Bayview Drive", "Canyon Road", "Elm Street"];

    private static readonly string[] s_firstNames =
        ["Ava", "Liam", "Mia", "Noah", "Zoe", "Ethan", "Lena", "Omar", "Iris", "Hugo", "Nora", "Felix", "Maya", "Theo", "Ruth", "Ivan"];

    private static readonly string[] s_lastNames =
        ["Martin", "Garcia", "Nguyen", "Smith", "Okafor", "Rossi", "Kowalski", "Haddad", "Silva", "Larsen", "Tanaka", "Moreau"];

    private static readonly DateTimeOffset s_firstJoined = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IEnumerable<Address> Addresses(int firstId, int count)
    {
        var random = new Random(firstId);
        for (var i = 0; i < count; i++)
        {
            var (city, state) = s_places[random.Next(s_places.Length)];
            yield return new Address
            {
                Id = firstId + i,
                Version = Guid.NewGuid(),
                Number = random.Next(1, Address.MaxNumber + 1),
                Street = s_streets[random.Next(s_streets.Length)],
                City = city,
                State = state,
                ZipCode = random.Next(1, Address.MaxZipCode + 1),
                CountryIsoCode = "USA",
            };
        }
    }

    /// <summary>One letting per address, the i-th letting at the i-th address.</summary>
    public static IEnumerable<Letting> Lettings(int firstId, int firstAddressId, int count)
    {
        var random = new Random(firstId);
        for (var i = 0; i < count; i++)
        {
            yield return new Letting
            {
                Id = firstId + i,
                Version = Guid.NewGuid(),
                AddressId = firstAddressId + i,
                Title = string.Create(CultureInfo.InvariantCulture,
                    $"{s_adjectives[random.Next(s_adjectives.Length)]} {s_kinds[random.Next(s_kinds.Length)]} no. {firstId + i}"),
            };
        }
    }

    public static IEnumerable<LettingsUser> Users(int firstId, int count, Func<string, string> normalize)
    {
        var random = new Random(firstId);
        for (var i = 0; i < count; i++)
        {
            var first = s_firstNames[random.Next(s_firstNames.Length)];
            var last = s_lastNames[random.Next(s_lastNames.Length)];
            var username = string.Create(CultureInfo.InvariantCulture, $"{first}{last}{firstId + i}");
            var email = $"{username.ToLowerInvariant()}@example.com";
            yield return new LettingsUser
            {
                Id = firstId + i,
                UserName = username,
                NormalizedUserName = normalize(username),
                Email = email,
                NormalizedEmail = normalize(email),
                FirstName = first,
                LastName = last,
                SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                LockoutEnabled = true,
                DateJoined = s_firstJoined.AddMinutes(i),
            };
        }
    }

    /// <summary>One profile per account, the i-th profile on the i-th account.</summary>
    public static IEnumerable<Profile> Profiles(int firstId, int firstUserId, int count)
    {
        var random = new Random(firstId);
        for (var i = 0; i < count; i++)
        {
            yield return new Profile
            {
                Id = firstId + i,
                Version = Guid.NewGuid(),
                UserId = firstUserId + i,
                FavoriteCity = random.Next(4) == 0 ? null : s_places[random.Next(s_places.Length)].City,
            };
        }
    }
}
