using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Lettings.Web.Admin.Common;

/// <summary>
/// <c>&lt;tr admin-select="@row.Id" admin-select-name="…"&gt;</c>: the row's first cell is its checkbox for the
/// bulk actions, which belongs to the list's bulk form (<c>_ListLayout.cshtml</c>) wherever the table is.
/// </summary>
[HtmlTargetElement("tr", Attributes = IdAttribute)]
public sealed class RowSelectTagHelper : TagHelper
{
    public const string FormId = "bulk-actions";

    private const string IdAttribute = "admin-select";

    [HtmlAttributeName(IdAttribute)]
    public int Id { get; set; }

    [HtmlAttributeName("admin-select-name")]
    public string Name { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var box = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        box.AddCssClass("form-check-input");
        box.MergeAttributes(new Dictionary<string, string?>
        {
            ["type"] = "checkbox",
            ["name"] = "id",
            ["value"] = Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["form"] = FormId,
            ["aria-label"] = $"Select “{Name}”",
        });
        var cell = new TagBuilder("td");
        cell.AddCssClass("admin-select");
        cell.InnerHtml.AppendHtml(box);
        output.PreContent.AppendHtml(cell);
    }
}
