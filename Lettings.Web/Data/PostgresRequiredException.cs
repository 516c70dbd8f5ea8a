using Lettings.ServiceDefaults;

namespace Lettings.Web.Data;

/// <summary>PostgreSQL is required where the site starts, and nothing says where it is.</summary>
public sealed class PostgresRequiredException(string reason)
    : InvalidSettingException(
        DatabaseUrl.VariableName,
        $"is not set, and PostgreSQL is required because {reason}: attach the Heroku Postgres add-on (it sets "
        + $"{DatabaseUrl.VariableName}) or set {DatabaseUrl.VariableName} to the database's postgres:// URL");
