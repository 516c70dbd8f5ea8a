using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lettings.Tests.Pages;

/// <summary>Every SQL command the site's contexts run, with its parameters, for counting and for replaying under EXPLAIN.</summary>
public sealed class SqlCommandLog : DbCommandInterceptor
{
    private readonly ConcurrentQueue<LoggedCommand> _commands = new();

    public IReadOnlyList<LoggedCommand> Commands => [.. _commands];

    public void Clear() => _commands.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Log(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Log(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Log(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Log(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Log(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Log(command, result));

    private T Log<T>(DbCommand command, T result)
    {
        _commands.Enqueue(new LoggedCommand(
            command.CommandText,
            [.. command.Parameters.Cast<DbParameter>().Select(p => new LoggedParameter(p.ParameterName, p.Value, p.DbType))]));
        return result;
    }
}

public sealed record LoggedCommand(string Sql, IReadOnlyList<LoggedParameter> Parameters);

public sealed record LoggedParameter(string Name, object? Value, System.Data.DbType DbType);
