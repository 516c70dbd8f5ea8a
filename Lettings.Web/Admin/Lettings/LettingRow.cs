namespace Lettings.Web.Admin.Lettings;

public sealed record LettingRow(int Id, string Title, int Number, string Street, string City, string State)
{
    public string Address => $"{Number} {Street}";
}
