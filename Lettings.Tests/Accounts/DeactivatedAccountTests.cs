namespace Lettings.Tests.Accounts;

/// <summary>An account deactivated while signed in loses its session at the next security-stamp check.</summary>
public sealed class DeactivatedAccountTests(StampCheckedOnEveryRequestApp app) : IClassFixture<StampCheckedOnEveryRequestApp>
{
    [Fact]
    public async Task A_signed_in_account_that_is_deactivated_is_signed_out()
    {
        var username = "deactivated-" + Guid.NewGuid().ToString("N")[..6];
        var staff = await AdminBrowser.SignedInStaffAsync(app, username);
        await staff.GetAsync("/admin/");

        await app.WithDbAsync(db => db.Users.Where(u => u.UserName == username).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsActive, false)));

        using var after = await staff.Client.GetAsync("/admin/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal("/admin/login/", after.Headers.Location!.AbsolutePath);
    }
}
