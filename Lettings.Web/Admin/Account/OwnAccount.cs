using Lettings.Web.Accounts;
using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.RecentActions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lettings.Web.Admin.Account;

/// <summary>
/// What every own-account page does after changing the signed-in account: notes it in the account's history (the
/// values Identity changed, a password or key never), renews this session's cookie (the change renewed the
/// account's security stamp, which ends every other session) and says what happened on the next page.
/// </summary>
public sealed class OwnAccount(UserManager<LettingsUser> users, SignInManager<LettingsUser> signIn, AdminActionLog log)
{
    public Task<LettingsUser?> FindAsync(PageModel page) => users.GetUserAsync(page.User);

    public async Task ChangedAsync(PageModel page, LettingsUser user, string message, CancellationToken cancellationToken)
    {
        await log.RecordAsync(AdminActionKind.Changed, AdminRecordType.User, user.Id, user.UserName ?? "", cancellationToken);
        await signIn.RefreshSignInAsync(user);
        page.TempData[RecordRedirects.MessageKey] = message;
    }
}
