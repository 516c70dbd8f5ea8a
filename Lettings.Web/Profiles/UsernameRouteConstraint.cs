namespace Lettings.Web.Profiles;

/// <summary>
/// <c>{username:username}</c>: a value that cannot be a username (<see cref="AccountRules"/>) is not a profile URL
/// at all, so it is a 404 before any query runs.
/// </summary>
public sealed class UsernameRouteConstraint : IRouteConstraint
{
    public const string Name = "username";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value)
        && AccountRules.IsValidUsername(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
}
