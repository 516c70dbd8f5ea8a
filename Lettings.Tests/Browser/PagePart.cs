namespace Lettings.Tests.Browser;

/// <summary>Where a link is on the site's pages: the top bar, the page itself, or the footer.</summary>
public enum PagePart
{
    Header,
    Main,
    Footer,
}
