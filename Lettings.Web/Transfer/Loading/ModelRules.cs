using Microsoft.EntityFrameworkCore.Metadata;

namespace Lettings.Web.Transfer.Loading;

/// <summary>
/// The rules an entity must meet before it is written: its validation attributes (ranges, patterns, lengths, the
/// messages the back office shows) and the database model's own (required columns, maximum lengths), so that an
/// import is refused with a sentence rather than failing on a constraint half-way through.
/// </summary>
internal sealed class ModelRules(IModel model)
{
    public IReadOnlyList<string> Check(object entity)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(entity, new ValidationContext(entity), results, validateAllProperties: true);
        var problems = results.Select(r => r.ErrorMessage ?? "is not valid").ToList();
        var reported = results.SelectMany(r => r.MemberNames).ToHashSet(StringComparer.Ordinal);

        var type = model.FindEntityType(entity.GetType())
            ?? throw new InvalidOperationException($"{entity.GetType().Name} is not part of the model.");
        foreach (var property in type.GetProperties().Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null))
        {
            if (reported.Contains(property.Name))
            {
                continue;
            }

            var value = (string?)property.PropertyInfo!.GetValue(entity);
            if (value is null && !property.IsNullable)
            {
                problems.Add($"The field {property.Name} is required.");
            }
            else if (value is not null && property.GetMaxLength() is int max && value.Length > max)
            {
                problems.Add($"The field {property.Name} must be at most {max} characters long.");
            }
        }

        return problems;
    }
}
