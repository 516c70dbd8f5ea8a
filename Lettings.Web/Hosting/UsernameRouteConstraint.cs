using System.Text.RegularExpressions;

namespace Lettings.Web.Hosting;

/// <summary>
/// <c>{username:username}</c>: the characters and length the original accepted (Django: letters, digits
/// and @.+-_, at most 150). Anything else is not a profile URL at all, so it is a 404 before any query runs.
/// </summary>
public sealed partial class UsernameRouteConstraint : IRouteConstraint
{
    public const string Name = "username";
    public const int MaxLength = 150;

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) is { Length: > 0 and <= MaxLength } username
        && Allowed().IsMatch(username);

    [GeneratedRegex(@"^[\w.@+-]+\z")]
    private static partial Regex Allowed();
}
