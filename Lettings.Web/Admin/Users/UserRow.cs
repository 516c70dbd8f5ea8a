namespace Lettings.Web.Admin.Users;

public sealed record UserRow(int Id, string UserName, string? Email, string FirstName, string LastName, bool IsStaff)
{
    public string FullName => $"{FirstName} {LastName}".Trim();
}
