namespace Lettings.Web.Admin.Logout;

/// <summary>Sign-out is a POST (the layout's button, with its antiforgery token), so no link can sign anyone out; a GET just goes home.</summary>
public sealed class IndexModel(SignInManager<LettingsUser> signIn) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Admin/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Admin/Login/Index");
    }
}
