using Microsoft.AspNetCore.Mvc;

namespace Lettings.Web.Admin.Common;

/// <summary>What a list shows, as its query string says: the search (<c>q</c>) and the page (<c>p</c>).</summary>
public sealed class ListQuery
{
    private string? _search;

    [FromQuery(Name = "q")]
    public string? Search
    {
        get => _search;
        set => _search = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>Clamped to the pages there are when the list is read; a value that is not a number is ignored.</summary>
    [FromQuery(Name = "p")]
    public int Page { get; set; } = 1;

    /// <summary>The search as the lists compare it, lower case on both sides (SQLite and PostgreSQL alike); null for no search.</summary>
    public string? Term => Search?.ToLowerInvariant();
}
