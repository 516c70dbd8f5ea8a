using Lettings.Web.Lettings;

namespace Lettings.Web.Admin.Lettings;

/// <summary>
/// The addresses a letting's picker offers: each word typed is in the street or the city, or is the number or the zip
/// code. The newest first (the one just added for this letting), at most <see cref="PickerSearch.MaxChoices"/>, so
/// that the database walks the primary key and stops at the twentieth match (the street and city are short, bounded
/// columns) instead of sorting every address.
/// </summary>
internal static class AddressChoices
{
    public static IQueryable<Address> Matching(this IQueryable<Address> addresses, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            addresses = int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? addresses.Where(a => a.Number == number || a.ZipCode == number || a.Street.ToLower().Contains(word) || a.City.ToLower().Contains(word))
                : addresses.Where(a => a.Street.ToLower().Contains(word) || a.City.ToLower().Contains(word));
        }

        return addresses;
    }

    public static async Task<IReadOnlyList<PickerChoice>> ReadAsync(IQueryable<Address> addresses, CancellationToken cancellationToken) =>
        [.. (await addresses.OrderByDescending(a => a.Id).Take(PickerSearch.MaxChoices)
                .Select(a => new { a.Id, a.Number, a.Street, a.City }).ToListAsync(cancellationToken))
            .Select(a => new PickerChoice(a.Id, $"{a.Number} {a.Street}, {a.City}"))];
}
