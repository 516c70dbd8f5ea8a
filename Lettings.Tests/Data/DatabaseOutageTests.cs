using System.Net.Sockets;
using Lettings.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Lettings.Tests.Data;

/// <summary>What counts as "the database cannot be reached" (a 503) and what remains a fault of the site (a 500).</summary>
public sealed class DatabaseOutageTests
{
    public static TheoryData<string, Exception> Outages => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)) },
        { "connection timed out", new NpgsqlException("Exception while connecting", new TimeoutException()) },
        { "connection reset", new NpgsqlException("Exception while reading from stream", new IOException("reset")) },
        { "server shutting down", Postgres(PostgresErrorCodes.AdminShutdown) },
        { "server crashed", Postgres(PostgresErrorCodes.CrashShutdown) },
        { "server starting up", Postgres(PostgresErrorCodes.CannotConnectNow) },
        { "too many connections", Postgres(PostgresErrorCodes.TooManyConnections) },
        { "connection failure", Postgres(PostgresErrorCodes.ConnectionFailure) },
        { "SQLite busy", new SqliteException("database is locked", 5) },
        { "SQLite locked", new SqliteException("database table is locked", 6) },
        { "retries exhausted", new RetryLimitExceededException("retries", Postgres(PostgresErrorCodes.AdminShutdown)) },
        {
            "wrapped by EF Core",
            new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
                new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)))
        },
        { "wrapped in a save", new DbUpdateException("save", new NpgsqlException("broken", new EndOfStreamException())) },
    };

    public static TheoryData<string, Exception> Faults => new()
    {
        { "a unique index", Postgres(PostgresErrorCodes.UniqueViolation) },
        { "a syntax error", Postgres(PostgresErrorCodes.SyntaxError) },
        { "a wrong password", Postgres(PostgresErrorCodes.InvalidPassword) },
        { "a SQLite constraint", new SqliteException("constraint failed", 19) },
        { "a bug", new InvalidOperationException("Sequence contains no elements") },
        { "a timeout elsewhere", new TimeoutException() },
        { "a concurrency conflict", new DbUpdateConcurrencyException("conflict") },
    };

    [Theory]
    [MemberData(nameof(Outages))]
    public void An_unreachable_database_is_an_outage(string why, Exception exception) =>
        Assert.True(DatabaseOutage.Is(exception), why);

    [Theory]
    [MemberData(nameof(Faults))]
    public void Other_database_errors_and_bugs_are_not(string why, Exception exception) =>
        Assert.False(DatabaseOutage.Is(exception), why);

    private static PostgresException Postgres(string sqlState) => new("server message", "FATAL", "FATAL", sqlState);
}
