using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lettings.Web.Data;

/// <summary>
/// An EF Core compiled query, compiled once per model: a compiled query refuses a context of another model, and the
/// site has one per provider (and the tests run several sites side by side).
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _queries = [];

    public TQuery For(DbContext db) => _queries.GetValue(db.Model, _ => compile());
}
