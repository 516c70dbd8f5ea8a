using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lettings.Web.Data;

/// <summary>
/// A save refused by a unique index: what a check-then-save loses to a concurrent save of the same value (two staff
/// placing two lettings on one free address at once, or two requests storing one account's first authenticator key,
/// refused by the primary key). The forms answer it as the field error their check gives.
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint
            && sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        _ => false,
    };
}
