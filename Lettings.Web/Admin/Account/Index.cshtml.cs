namespace Lettings.Web.Admin.Account;

/// <summary>The signed-in member of staff's own account: the password and two-factor sign-in.</summary>
public sealed class IndexModel(UserManager<LettingsUser> users, OwnAccount account) : PageModel
{
    public string UserName { get; private set; } = "";

    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await account.FindAsync(this) is not { } user)
        {
            return Challenge();
        }

        UserName = user.UserName ?? "";
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        return Page();
    }
}
