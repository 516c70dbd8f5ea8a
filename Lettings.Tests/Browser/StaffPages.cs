using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lettings.Tests.Browser;

/// <summary>What a member of staff does in the back office: sign in, fill in a form, read the page's message.</summary>
public static class StaffPages
{
    public const string LoginPath = "/admin/login/";

    /// <summary>Opens the log-in page and submits the form, as typed by a person.</summary>
    public static async Task SubmitLoginAsync(this BrowserSession session, string username, string password)
    {
        if (!session.Page.Url.StartsWith(new Uri(session.Origin, LoginPath).ToString(), StringComparison.Ordinal))
        {
            await session.OpenAsync(LoginPath);
        }

        await session.FillAsync("Username", username);
        await session.FillAsync("Password", password);
        await session.ClickButtonAsync("Log in");
    }

    /// <summary>Signs in and lands on the back office's home.</summary>
    public static async Task SignInAsync(this BrowserSession session, StaffAccount account)
    {
        await session.SubmitLoginAsync(account.Username, account.Password);
        await session.ExpectPageAsync("/admin/", "Back office");
    }

    public static async Task FillAsync(this BrowserSession session, string label, string value) =>
        await Field(session, label).FillAsync(value);

    public static async Task ChooseAsync(this BrowserSession session, string label, string option) =>
        await Field(session, label).SelectOptionAsync(new SelectOptionValue { Label = option });

    /// <summary>
    /// Chooses a record in a picker with the keyboard: types the search, waits for the option offered, moves to it with
    /// the Down key (the field's active descendant) and takes it with Enter.
    /// </summary>
    public static async Task PickAsync(this BrowserSession session, string label, string typed, string option)
    {
        var field = session.Page.Locator("main").GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });
        await field.PressSequentiallyAsync(typed);
        var offered = session.Page.Locator("main").GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        await Expect(offered).ToBeVisibleAsync();
        await Expect(field).ToHaveAttributeAsync("aria-expanded", "true");
        var position = await session.Page.Locator("main [role=option]").AllTextContentsAsync();
        for (var i = 0; i <= position.ToList().IndexOf(option); i++)
        {
            await field.PressAsync("ArrowDown");
        }

        await Expect(field).ToHaveAttributeAsync("aria-activedescendant", (await offered.GetAttributeAsync("id"))!);
        await Expect(offered).ToHaveAttributeAsync("aria-selected", "true");
        await field.PressAsync("Enter");
        await Expect(field).ToHaveValueAsync(option);
        await Expect(field).ToHaveAttributeAsync("aria-expanded", "false");
    }

    /// <summary>Asserts the page shows this message (a confirmation or an error) somewhere in its main part.</summary>
    public static async Task ExpectMessageAsync(this BrowserSession session, string text) =>
        await Expect(session.Page.Locator("main").GetByText(text, new() { Exact = false }).First).ToBeVisibleAsync();

    private static ILocator Field(BrowserSession session, string label) =>
        session.Page.Locator("main").GetByLabel(label, new() { Exact = true });
}
