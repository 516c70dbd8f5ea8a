namespace Lettings.Web.Admin.Account;

/// <summary>Ten new recovery codes, replacing the ones left (lost, or nearly used up), shown once on the answer.</summary>
public sealed class TwoFactorRecoveryCodesModel(OwnAccount account) : PageModel
{
    public bool Enabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await account.FindAsync(this) is not { } user)
        {
            return Challenge();
        }

        Enabled = user.TwoFactorEnabled;
        RecoveryCodesLeft = Enabled ? await account.RecoveryCodesLeftAsync(user) : 0;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await account.FindAsync(this) is not { } user)
        {
            return Challenge();
        }

        Enabled = user.TwoFactorEnabled;
        if (Enabled)
        {
            NewRecoveryCodes = await account.NewRecoveryCodesAsync(user);
            RecoveryCodesLeft = NewRecoveryCodes.Count;
        }

        return Page();
    }
}
