using Microsoft.Playwright;

namespace Lettings.Tests.Browser;

/// <summary>The two screens the site is checked on: a desktop and a phone.</summary>
public static class Viewports
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static ViewportSize Named(string name) => name switch
    {
        "desktop" => Desktop,
        "phone" => Phone,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Use desktop or phone."),
    };
}
