using System.Linq.Expressions;
using System.Reflection;

namespace Lettings.Web.Admin.Common;

/// <summary>
/// The search box of every list: a record matches when any of the given fields contains the search text,
/// ignoring case (<c>lower(field)</c> on SQLite and PostgreSQL alike; numbers are searched as text).
/// </summary>
public static class AdminSearch
{
    private static readonly MethodInfo s_toLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo s_contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// <summary>Filters <paramref name="query"/> on <paramref name="search"/> (already trimmed and lower-cased; null: no filter).</summary>
    public static IQueryable<T> WhereAnyContains<T>(this IQueryable<T> query, string? search, params Expression<Func<T, object?>>[] fields)
    {
        if (search is null)
        {
            return query;
        }

        var record = Expression.Parameter(typeof(T), "record");
        var term = Expression.Property(Expression.Constant(new SearchTerm(search)), nameof(SearchTerm.Value));
        var matches = fields
            .Select(field => (Expression)Expression.Call(AsLowerText(new ParameterSwap(field.Parameters[0], record).Visit(field.Body)), s_contains, term))
            .Aggregate(Expression.OrElse);
        return query.Where(Expression.Lambda<Func<T, bool>>(matches, record));
    }

    private static MethodCallExpression AsLowerText(Expression field)
    {
        var value = field is UnaryExpression { NodeType: ExpressionType.Convert } boxed ? boxed.Operand : field;
        return value.Type == typeof(string)
            ? Expression.Call(value, s_toLower)
            : Expression.Call(value, value.Type.GetMethod(nameof(ToString), Type.EmptyTypes)!);
    }

    // A property, not a constant, so that EF Core sends the text as a query parameter.
    private sealed record SearchTerm(string Value);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
