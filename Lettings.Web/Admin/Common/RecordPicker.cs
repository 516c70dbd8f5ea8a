namespace Lettings.Web.Admin.Common;

/// <summary>
/// A search-as-you-type field choosing one record among many (<c>_RecordPicker.cshtml</c>, <c>wwwroot/js/admin-picker.js</c>),
/// as Django's <c>autocomplete_fields</c>: the form's value is a <c>select</c> holding the chosen record and the
/// records matching the last search (at most <see cref="PickerSearch.MaxChoices"/>), never every record. With
/// JavaScript, a combobox asks <see cref="Source"/> (a JSON handler of the page) as staff type; without it, the
/// "Find" button posts the form back with the search and the page offers the matches.
/// </summary>
/// <param name="Field">The form field's name, e.g. <c>Form.AddressId</c>.</param>
/// <param name="Label">The field's label.</param>
/// <param name="Noun">What is chosen, with its article, e.g. "an address without a letting".</param>
/// <param name="Selected">The record chosen (on edit, or as posted), if any.</param>
/// <param name="Choices">The chosen record first, then the matches of <paramref name="Search"/>.</param>
/// <param name="Source">The URL of the handler answering <c>?q=</c> with the matches as JSON.</param>
/// <param name="SearchField">The name of the fallback's search box, bound by the page.</param>
/// <param name="Search">The text searched for last (the fallback's search box).</param>
/// <param name="Hint">Which fields the search looks in.</param>
public sealed record RecordPicker(
    string Field,
    string Label,
    string Noun,
    int? Selected,
    IReadOnlyList<PickerChoice> Choices,
    string Source,
    string SearchField,
    string? Search,
    string Hint)
{
    public string Id => Field.Replace('.', '_');

    public string ErrorId => Id + "-error";
}
