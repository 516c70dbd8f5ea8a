using System.Data.Common;

namespace Lettings.Web.Caching;

/// <summary>Tells the other instances sharing the database which tags a transaction makes stale.</summary>
public interface IEvictionBroadcast
{
    /// <summary>Called inside the transaction, just before it commits, so the message travels only if the data does.</summary>
    Task PublishAsync(DbTransaction transaction, IReadOnlyCollection<string> tags, CancellationToken cancellationToken);
}

/// <summary>SQLite is one file for one instance: there is nobody to tell.</summary>
public sealed class NoEvictionBroadcast : IEvictionBroadcast
{
    public Task PublishAsync(DbTransaction transaction, IReadOnlyCollection<string> tags, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
