using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lettings.Web.Caching;

/// <summary>
/// Evicts the cached public pages a save makes stale, from one place whatever page or command saved: it notes the
/// stale tags when changes are saved and evicts them once the transaction holding them has committed (never before,
/// or a request could cache the old data again). Other instances hear of it through <see cref="IEvictionBroadcast"/>,
/// sent inside the same transaction.
/// </summary>
public sealed class EvictOnCommitInterceptor(OutputCacheEvictor evictor, IEvictionBroadcast broadcast)
    : SaveChangesInterceptor, IDbTransactionInterceptor
{
    // Interceptors are shared by every (pooled) context: the pending tags belong to the context that saved.
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        RestoreAutoTransactions(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        RestoreAutoTransactions(eventData.Context);
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        RestoreAutoTransactions(eventData.Context);
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            _pending.Remove(context); // the save's own transaction rolled back
        }
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Pending(eventData.Context) is { Count: > 0 } tags)
        {
            await broadcast.PublishAsync(transaction, tags, cancellationToken);
        }

        return result;
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (Pending(eventData.Context) is { Count: > 0 } tags)
        {
            broadcast.PublishAsync(transaction, tags, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { Count: > 0 } tags)
        {
            // Not cancellable: the data is committed, the pages must go whatever happens to the request.
            await evictor.EvictAsync(tags, CancellationToken.None);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Take(eventData.Context) is { Count: > 0 } tags)
        {
            evictor.EvictAsync(tags).GetAwaiter().GetResult();
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Take(eventData.Context);

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        if (context.Database.CurrentTransaction is null)
        {
            // Anything still pending belongs to a transaction that was disposed without a commit.
            _pending.Remove(context);
        }

        var tags = PublicContent.StaleTags(context.ChangeTracker);
        if (tags.Count == 0)
        {
            return;
        }

        _pending.GetOrCreateValue(context).UnionWith(tags);

        // A one-statement save runs without a transaction by default; the broadcast needs one to ride in.
        if (context.Database.CurrentTransaction is null)
        {
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    private static void RestoreAutoTransactions(DbContext? context)
    {
        if (context is not null)
        {
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded;
        }
    }

    private HashSet<string>? Pending(DbContext? context) =>
        context is not null && _pending.TryGetValue(context, out var tags) ? tags : null;

    private HashSet<string>? Take(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var tags))
        {
            return null;
        }

        _pending.Remove(context);
        return tags;
    }
}
