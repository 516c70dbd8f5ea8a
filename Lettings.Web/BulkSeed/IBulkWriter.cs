using System.Data.Common;

namespace Lettings.Web.BulkSeed;

/// <summary>Writes many rows of one table inside an open transaction, the fastest way the provider has.</summary>
public interface IBulkWriter
{
    Task WriteAsync<TEntity>(DbTransaction transaction, TableColumns columns, IEnumerable<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class;

    /// <summary>After rows were written with explicit ids: the next id the database generates follows them.</summary>
    Task AdvanceIdentityAsync(DbTransaction transaction, string table, CancellationToken cancellationToken);

    /// <summary>After the commit: fresh planner statistics, so the new rows are read through the indexes.</summary>
    Task AnalyzeAsync(DbConnection connection, IEnumerable<string> tables, CancellationToken cancellationToken);
}
