namespace Lettings.Web.Transfer.Django;

/// <summary>
/// The tables of the original site's Django database (Django 3.0 with the apps <c>lettings</c> and
/// <c>profiles</c>) that an import reads, with the columns it needs. SQLite table names ignore case.
/// </summary>
internal static class DjangoSchema
{
    public const string Addresses = "lettings_address";
    public const string Lettings = "lettings_letting";
    public const string Users = "auth_user";
    public const string Profiles = "profiles_profile";
    public const string AdminLog = "django_admin_log";
    public const string ContentTypes = "django_content_type";

    public static readonly IReadOnlyDictionary<string, string[]> Required = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        [Addresses] = ["id", "number", "street", "city", "state", "zip_code", "country_iso_code"],
        [Lettings] = ["id", "title", "address_id"],
        [Users] = ["id", "password", "last_login", "is_superuser", "username", "first_name", "last_name", "email", "is_staff", "is_active", "date_joined"],
        [Profiles] = ["id", "favorite_city", "user_id"],
        [AdminLog] = ["id", "action_time", "object_id", "object_repr", "change_message", "content_type_id", "user_id", "action_flag"],
        [ContentTypes] = ["id", "app_label", "model"],
    };

    /// <summary>Tables with data the new site has no place for, counted in the report when they hold rows.</summary>
    public static readonly IReadOnlyDictionary<string, string> LeftOut = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["django_session"] = "sessions: everybody signs in again on the new site",
        ["auth_group"] = "groups: the new site has the Staff and Administrator roles instead",
        ["auth_user_groups"] = "group memberships: the new site has the Staff and Administrator roles instead",
        ["auth_user_user_permissions"] = "per-user permissions: the new site has the Staff and Administrator roles instead",
    };
}
