using Lettings.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lettings.Web.Admin.Logout;

/// <summary>Sign-out: one click on the layout's button (a POST with its antiforgery token). A GET just goes home.</summary>
public sealed class IndexModel(SignInManager<LettingsUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/admin/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/admin/login/");
    }
}
