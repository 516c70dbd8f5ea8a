using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lettings.Tests.Infrastructure;

/// <summary>
/// A browser-like client for the back office: HTTPS (the sign-in cookie is Secure outside Development), cookies kept,
/// redirects not followed, forms submitted as a browser would (every field the page holds, plus the changes).
/// </summary>
public sealed class AdminBrowser(LettingsApp app)
{
    public HttpClient Client { get; } = app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>A new staff account (an administrator unless asked otherwise), signed in through the login form.</summary>
    public static async Task<AdminBrowser> SignedInStaffAsync(LettingsApp app, string? username = null, bool administrator = true)
    {
        var account = await StaffAccounts.CreateAsync(app, username, administrator: administrator);
        var browser = new AdminBrowser(app);
        using var response = await browser.SignInAsync(account.Username, account.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public async Task<HttpResponseMessage> SignInAsync(string username, string password, string? returnUrl = null)
    {
        var url = returnUrl is null ? "/admin/login/" : $"/admin/login/?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        return await SubmitAsync(url, new() { ["Form.Username"] = username, ["Form.Password"] = password });
    }

    public async Task<IHtmlDocument> GetAsync(string url, int expectedStatus = 200) => await Client.GetDocumentAsync(url, expectedStatus);

    /// <summary>
    /// Opens <paramref name="url"/>, fills its main form (not the layout's log-out form) with <paramref name="changes"/>
    /// over the values already there, and submits it with its antiforgery token.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, Dictionary<string, string> changes)
    {
        var page = await GetAsync(url);
        return await SubmitAsync(page, url, changes);
    }

    public async Task<HttpResponseMessage> SubmitAsync(IHtmlDocument page, string url, Dictionary<string, string> changes)
    {
        var form = page.QuerySelectorAll("main form[method=post]").OfType<IHtmlFormElement>()
            .Single(f => f.GetAttribute("action") != "/admin/logout/");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box when box.IsChecked:
                case IHtmlInputElement { Type: not ("checkbox" or "submit") }:
                    var input = (IHtmlInputElement)element;
                    if (!string.IsNullOrEmpty(input.Name) && !changes.ContainsKey(input.Name))
                    {
                        fields.Add(new(input.Name, input.Value));
                    }

                    break;
                case IHtmlSelectElement select when !changes.ContainsKey(select.Name ?? ""):
                    fields.Add(new(select.Name!, select.Value ?? ""));
                    break;
            }
        }

        fields.AddRange(changes.Where(c => c.Value != Unchecked));
        var action = form.GetAttribute("action") is { Length: > 0 } target ? target : url;
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(action, content);
    }

    /// <summary>A change that unticks a checkbox.</summary>
    public const string Unchecked = "\0unchecked";

    public async Task<HttpResponseMessage> SignOutAsync()
    {
        var page = await GetAsync("/admin/");
        var form = page.QuerySelector("form[action='/admin/logout/']")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        return await Client.PostAsync("/admin/logout/", content);
    }
}
