namespace Lettings.Tests.Infrastructure;

/// <summary>An account a test made, with the password it was given.</summary>
public sealed record StaffAccount(string Username, string Password)
{
    public string Email => $"{Username}@example.com";
}
