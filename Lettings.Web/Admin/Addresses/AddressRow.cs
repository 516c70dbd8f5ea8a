namespace Lettings.Web.Admin.Addresses;

public sealed record AddressRow(int Id, int Number, string Street, string City, string State, int ZipCode, string Country, string? LettingTitle)
{
    public string Name => $"{Number} {Street}";
}
