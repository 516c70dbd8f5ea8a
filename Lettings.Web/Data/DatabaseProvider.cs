namespace Lettings.Web.Data;

public enum DatabaseProvider
{
    /// <summary>The embedded default: a SQLite file in the app's data folder.</summary>
    Sqlite,

    /// <summary>PostgreSQL, from the Aspire connection string or Heroku's DATABASE_URL.</summary>
    Postgres,
}
