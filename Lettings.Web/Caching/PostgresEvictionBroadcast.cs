using System.Data.Common;

namespace Lettings.Web.Caching;

/// <summary>
/// <c>pg_notify</c> inside the saving transaction: PostgreSQL delivers it to every listening instance when, and only
/// when, the transaction commits.
/// </summary>
public sealed class PostgresEvictionBroadcast : IEvictionBroadcast
{
    public const string Channel = "lettings_output_cache";

    public async Task PublishAsync(DbTransaction transaction, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        // Raw ADO.NET on the transaction's connection: the context is in the middle of its own save and takes no second command.
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_notify(@channel, @tags)";
        AddParameter(command, "channel", Channel);
        AddParameter(command, "tags", string.Join(',', tags));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static IReadOnlyList<string> ParseTags(string payload) =>
        payload.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
