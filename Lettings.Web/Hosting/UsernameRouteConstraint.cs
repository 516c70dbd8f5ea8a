using System.Text.RegularExpressions;

namespace Lettings.Web.Hosting;

/// <summary>
/// <c>{username:username}</c>: the characters and length the original accepted (Django: letters of any
/// alphabet, digits and @.+-_, at most 150). Anything else is not a profile URL at all, so it is a 404 before any
/// query runs.
/// </summary>
public sealed partial class UsernameRouteConstraint : IRouteConstraint
{
    public const string Name = "username";
    public const int MaxLength = 150;

    /// <summary>Django's <c>UnicodeUsernameValidator</c> rule, also applied to accounts by Identity's validators.</summary>
    public static bool IsAllowed(string? username) => username is { Length: > 0 and <= MaxLength } && Allowed().IsMatch(username);

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && IsAllowed(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^[\w.@+-]+\z")]
    private static partial Regex Allowed();
}
