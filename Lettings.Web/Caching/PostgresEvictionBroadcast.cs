using System.Data.Common;

namespace Lettings.Web.Caching;

/// <summary>
/// <c>pg_notify</c> inside the saving transaction: PostgreSQL delivers it to every listening instance when, and only
/// when, the transaction commits. The message names the instance that sent it, which has evicted already.
/// </summary>
public sealed class PostgresEvictionBroadcast : IEvictionBroadcast
{
    public const string Channel = "lettings_output_cache";

    private const char Separator = '|';

    /// <summary>This instance, for telling its own messages from the others'.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    public async Task PublishAsync(DbTransaction transaction, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        // Raw ADO.NET on the transaction's connection: the context is in the middle of its own save and takes no second command.
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_notify(@channel, @tags)";
        AddParameter(command, "channel", Channel);
        AddParameter(command, "tags", InstanceId + Separator + string.Join(',', tags));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The tags another instance's message names; none for this instance's own messages.</summary>
    public IReadOnlyList<string> TagsFromOthers(string payload)
    {
        var separator = payload.IndexOf(Separator, StringComparison.Ordinal);
        return separator >= 0 && payload[..separator] == InstanceId
            ? []
            : payload[(separator + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
