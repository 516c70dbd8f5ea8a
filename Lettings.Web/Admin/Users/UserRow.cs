namespace Lettings.Web.Admin.Users;

public sealed record UserRow(
    int Id,
    string UserName,
    string? Email,
    string FirstName,
    string LastName,
    bool IsStaff,
    bool IsAdministrator,
    bool IsActive,
    DateTimeOffset DateJoined,
    DateTimeOffset? LastSignIn)
{
    public string FullName => $"{FirstName} {LastName}".Trim();

    /// <summary>How the list and its CSV export write a time: UTC, to the minute.</summary>
    public static string? Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
