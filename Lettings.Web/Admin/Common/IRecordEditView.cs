namespace Lettings.Web.Admin.Common;

/// <summary>What <c>_RecordFormLayout.cshtml</c> needs from an add/change page.</summary>
public interface IRecordEditView
{
    AdminRecordType Type { get; }

    /// <summary>The record being changed; null on the add page.</summary>
    int? Id { get; }

    /// <summary>The record's public page, for the records the site shows; null otherwise or on the add page.</summary>
    string? ViewOnSite => null;
}
