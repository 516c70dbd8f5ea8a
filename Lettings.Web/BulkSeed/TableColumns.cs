using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lettings.Web.BulkSeed;

/// <summary>
/// An entity's table and columns as the EF Core model maps them, with each column's value converted as EF Core would
/// send it: a column added to the model later is written too, without this code knowing of it.
/// </summary>
public sealed class TableColumns
{
    private readonly IProperty[] _properties;

    private TableColumns(string table, IProperty[] properties, string[] names)
    {
        Table = table;
        _properties = properties;
        Names = names;
    }

    public string Table { get; }

    public IReadOnlyList<string> Names { get; }

    public int Count => _properties.Length;

    public static TableColumns For<TEntity>(DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no table.");
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.PropertyInfo is not null && p.GetColumnName(store) is not null).ToArray();
        return new TableColumns(table, properties, [.. properties.Select(p => p.GetColumnName(store)!)]);
    }

    public RelationalTypeMapping Mapping(int column) => (RelationalTypeMapping)_properties[column].GetTypeMapping();

    /// <summary>The entity's own value of the column's property.</summary>
    public object? ClrValue(object entity, int column) => _properties[column].PropertyInfo!.GetValue(entity);

    /// <summary>The column's value for <paramref name="entity"/>, after the model's value converter if any.</summary>
    public object? Value(object entity, int column) =>
        ClrValue(entity, column) is { } value && Mapping(column).Converter is { } converter ? converter.ConvertToProvider(value) : ClrValue(entity, column);
}
