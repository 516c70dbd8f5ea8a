using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Lettings.Web.Data;

/// <summary>
/// Whether an exception means "the database cannot be reached right now" (answered 503, retried later) rather than
/// a fault of the site (500): the connection refused, broken or timed out, the server shutting down or not yet
/// accepting connections, too many connections, SQLite busy or locked, or EF Core's retrying execution strategy
/// giving up on any of these.
/// </summary>
public static class DatabaseOutage
{
    // PostgreSQL's SQLSTATE codes for a server that is going away or cannot take the connection.
    private static readonly HashSet<string> s_unavailableStates = new(StringComparer.Ordinal)
    {
        PostgresErrorCodes.AdminShutdown,       // 57P01: shutting down (a restart, a failover, a maintenance)
        PostgresErrorCodes.CrashShutdown,       // 57P02
        PostgresErrorCodes.CannotConnectNow,    // 57P03: starting up or in recovery
        PostgresErrorCodes.TooManyConnections,  // 53300: the plan's connection limit
        PostgresErrorCodes.InsufficientResources,
    };

    public static bool Is(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case RetryLimitExceededException:
                    return true;
                case PostgresException postgres:
                    if (s_unavailableStates.Contains(postgres.SqlState) || postgres.SqlState.StartsWith("08", StringComparison.Ordinal))
                    {
                        return true;
                    }

                    // Any other server error (a constraint, a syntax error) is the site's to fix.
                    return false;
                case NpgsqlException { IsTransient: true }:
                    // Refused, reset or timed-out connections, an exhausted pool: the network or the server.
                    return true;
                case SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(Is):
                    return true;
            }
        }

        return false;
    }

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
}
