namespace Lettings.Tests.Browser;

/// <summary>
/// The site for a class of back-office page tests: one staff account, signed in once through the log-in form;
/// every test then opens its own browser context with that sign-in's cookie.
/// </summary>
public sealed class BackOfficeApp() : KestrelApp(new SqliteTestDatabase())
{
    private string? _signedInState;

    public async Task<string> SignedInStateAsync(Func<Task<BrowserSession>> openSession)
    {
        if (_signedInState is null)
        {
            var account = await StaffAccounts.CreateAsync(this, "staff-member");
            var session = await openSession();
            await session.SignInAsync(account);
            _signedInState = await session.SaveStateAsync();
        }

        return _signedInState;
    }
}
