using Lettings.ServiceDefaults;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lettings.Web.Data;

/// <summary>
/// Which database the site uses, decided in one place:
/// <c>ConnectionStrings:lettings</c> (Aspire) → PostgreSQL; else <c>DATABASE_URL</c> (Heroku) → PostgreSQL;
/// else the embedded SQLite file, unless PostgreSQL is required: on Heroku (<c>DYNO</c> is set) or with
/// <c>Database:RequirePostgres=true</c>, a missing <c>DATABASE_URL</c> stops the start instead of giving each dyno a
/// throw-away database of its own.
/// </summary>
public sealed record DatabaseChoice(DatabaseProvider Provider, string ConnectionString, string Source)
{
    public const string ConnectionName = "lettings";
    public const string SqlitePathKey = "Database:SqlitePath";
    public const string RequirePostgresKey = "Database:RequirePostgres";

    /// <summary>Heroku sets it on every dyno (<c>web.1</c>, <c>release.4321</c>...).</summary>
    public const string HerokuDynoVariable = "DYNO";

    public static DatabaseChoice From(IConfiguration configuration, IHostEnvironment environment)
    {
        var aspire = configuration.GetConnectionString(ConnectionName);
        if (!string.IsNullOrWhiteSpace(aspire))
        {
            return new(DatabaseProvider.Postgres, Postgres(aspire, ConnectionVariable), $"ConnectionStrings:{ConnectionName}");
        }

        var url = configuration[DatabaseUrl.VariableName];
        if (!string.IsNullOrWhiteSpace(url))
        {
            return new(DatabaseProvider.Postgres, Postgres(DatabaseUrl.ToNpgsql(url), DatabaseUrl.VariableName), DatabaseUrl.VariableName);
        }

        if (PostgresRequiredBecause(configuration) is { } reason)
        {
            throw new PostgresRequiredException(reason);
        }

        var path = configuration[SqlitePathKey] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, environment.ContentRootPath)
            : Path.Combine(environment.ContentRootPath, "App_Data", "lettings.db");
        var sqlite = new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true };
        return new(DatabaseProvider.Sqlite, sqlite.ConnectionString, "embedded default");
    }

    private static string? PostgresRequiredBecause(IConfiguration configuration)
    {
        if (!string.IsNullOrEmpty(configuration[HerokuDynoVariable]))
        {
            return $"this is a Heroku dyno ({HerokuDynoVariable} is set)";
        }

        return Setting.Flag(configuration, RequirePostgresKey) == true ? $"{Setting.Variable(RequirePostgresKey)} is true" : null;
    }

    /// <summary>How an operator sets the Aspire connection string outside the AppHost.</summary>
    public const string ConnectionVariable = $"ConnectionStrings__{ConnectionName}";

    // Npgsql first offers GSS (Kerberos) encryption, loading libgssapi_krb5 to do so; neither Heroku nor the
    // AppHost's container speaks it, and the image has no such library, so each connection logged a failed load.
    private static string Postgres(string connectionString, string variable)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new InvalidSettingException(variable, "is not a valid Npgsql connection string (Host=...;Database=...;Username=...;Password=...)");
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new InvalidSettingException(variable, "names no Host");
        }

        builder.GssEncryptionMode = GssEncryptionMode.Disable;
        return builder.ConnectionString;
    }

    /// <summary>Where the data lives, for logs: host and database or file, never a password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Postgres => DescribePostgres(),
        _ => $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource} ({Source})",
    };

    private string DescribePostgres()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port} (from {Source})";
    }

    public override string ToString() => Describe();
}
