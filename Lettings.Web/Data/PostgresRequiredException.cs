namespace Lettings.Web.Data;

/// <summary>PostgreSQL is required where the site starts, and nothing says where it is.</summary>
public sealed class PostgresRequiredException(string reason)
    : InvalidOperationException(
        $"PostgreSQL is required because {reason}, but {DatabaseUrl.VariableName} is not set. "
        + $"Attach the Heroku Postgres add-on (it sets {DatabaseUrl.VariableName}) or set {DatabaseUrl.VariableName} to the database's URL.");
