using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Lettings.Web.Hosting;

/// <summary>
/// A checkbox posted with a value that is not a boolean (<c>IsStaff=yes</c>) is an error beside the field, shown
/// unticked. ASP.NET Core's own binder keeps the posted text as the field's value, and its checkbox tag helper then
/// throws while showing the form again (a 500 instead of a field error).
/// </summary>
public static class BooleanFormValues
{
    public static WebApplicationBuilder AddBooleanFormValues(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MvcOptions>(options => options.ModelBinderProviders.Insert(0, new Provider()));
        return builder;
    }

    private sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.UnderlyingOrModelType == typeof(bool) && !context.Metadata.IsComplexType ? new Binder() : null;
    }

    private sealed class Binder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext context)
        {
            var posted = context.ValueProvider.GetValue(context.ModelName);
            if (posted == ValueProviderResult.None)
            {
                return Task.CompletedTask;
            }

            var text = posted.FirstValue;
            if (bool.TryParse(text, out var value))
            {
                context.ModelState.SetModelValue(context.ModelName, posted);
                context.Result = ModelBindingResult.Success(value);
                return Task.CompletedTask;
            }

            if (string.IsNullOrWhiteSpace(text) && context.ModelMetadata.IsReferenceOrNullableType)
            {
                context.ModelState.SetModelValue(context.ModelName, posted);
                context.Result = ModelBindingResult.Success(null);
                return Task.CompletedTask;
            }

            context.ModelState.SetModelValue(context.ModelName, rawValue: false, attemptedValue: bool.FalseString);
            context.ModelState.TryAddModelError(
                context.ModelName,
                context.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text ?? "", context.ModelMetadata.GetDisplayName()));
            context.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }
    }
}
