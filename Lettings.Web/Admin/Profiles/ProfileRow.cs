namespace Lettings.Web.Admin.Profiles;

public sealed record ProfileRow(int Id, string Username, string FirstName, string LastName, string? FavoriteCity)
{
    public string FullName => $"{FirstName} {LastName}".Trim();
}
