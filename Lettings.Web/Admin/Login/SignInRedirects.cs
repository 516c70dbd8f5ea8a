namespace Lettings.Web.Admin.Login;

/// <summary>Where the sign-in steps send the browser: only ever to a local <c>ReturnUrl</c>, else the dashboard.</summary>
internal static class SignInRedirects
{
    /// <summary>The <paramref name="returnUrl"/> when it is local, else nothing (never an address elsewhere).</summary>
    public static string? LocalOnly(PageModel page, string? returnUrl) => page.Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    /// <summary>Signed in: back where the visitor was going, or the dashboard.</summary>
    public static LocalRedirectResult SignedIn(PageModel page, string? returnUrl) =>
        page.LocalRedirect(LocalOnly(page, returnUrl) ?? page.Url.Page("/Admin/Index")!);

    /// <summary>To another sign-in step (the password form, the code pages), keeping a local <paramref name="returnUrl"/>.</summary>
    public static RedirectToPageResult ToStep(PageModel page, string stepPage, string? returnUrl) =>
        page.RedirectToPage(stepPage, new { ReturnUrl = LocalOnly(page, returnUrl) });
}
