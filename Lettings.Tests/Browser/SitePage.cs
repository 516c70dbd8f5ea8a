namespace Lettings.Tests.Browser;

/// <summary>A page of the site as the browser tests know it: a short name (for screenshots), its path and status.</summary>
public sealed record SitePage(string Name, string Path, int Status = 200);
