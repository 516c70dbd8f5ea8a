namespace Lettings.Web.Admin.Account;

/// <summary>Recovery codes as Identity makes them (<c>XXXXX-XXXXX</c>, capitals and digits).</summary>
public static class RecoveryCodes
{
    /// <summary>The code as Identity compares it: without spaces, in capitals (people type them in lower case).</summary>
    public static string Normalized(string code) => code.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
}
