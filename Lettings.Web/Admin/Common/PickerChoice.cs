namespace Lettings.Web.Admin.Common;

/// <summary>A record a picker offers: its id (the form's value) and how staff recognise it.</summary>
public sealed record PickerChoice(int Id, string Label);
