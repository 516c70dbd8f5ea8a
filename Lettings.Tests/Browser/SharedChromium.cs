namespace Lettings.Tests.Browser;

/// <summary>The browser tests: one collection, so they share one Chromium and run one class at a time.</summary>
[CollectionDefinition(Name)]
public sealed class SharedChromium : ICollectionFixture<ChromiumBrowser>
{
    public const string Name = "Browser";
}
