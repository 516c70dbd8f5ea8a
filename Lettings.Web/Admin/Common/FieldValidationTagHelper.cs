using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lettings.Web.Admin.Common;

/// <summary>
/// Completes the built-in tag helpers for screen readers: a field with an error gets <c>aria-invalid="true"</c>,
/// Bootstrap's <c>is-invalid</c> and <c>aria-describedby</c> pointing at its validation message, which gets the id
/// <c>{field id}-error</c>. Runs after the built-in input/select/textarea/validation-message tag helpers.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttributeName)]
[HtmlTargetElement("select", Attributes = ForAttributeName)]
[HtmlTargetElement("textarea", Attributes = ForAttributeName)]
[HtmlTargetElement("span", Attributes = ValidationForAttributeName)]
public sealed class FieldValidationTagHelper : TagHelper
{
    private const string ForAttributeName = "asp-for";
    private const string ValidationForAttributeName = "asp-validation-for";

    [HtmlAttributeName(ForAttributeName)]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName(ValidationForAttributeName)]
    public ModelExpression? ValidationFor { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var expression = For ?? ValidationFor;
        if (expression is null || output.Attributes["type"]?.Value?.ToString() == "hidden")
        {
            return;
        }

        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var errorId = TagBuilder.CreateSanitizedId(fullName, "_") + "-error";
        if (ValidationFor is not null)
        {
            output.Attributes.SetAttribute("id", errorId);
            return;
        }

        if (ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            output.Attributes.SetAttribute("aria-describedby", errorId);
            output.AddClass("is-invalid", System.Text.Encodings.Web.HtmlEncoder.Default);
        }
    }
}
