namespace Lettings.Web.Admin.Accounts;

/// <summary>
/// Creates a staff account, an administrator unless asked otherwise (the first one, from <c>create-admin</c>, or any
/// later one from a test): the password is checked by Identity's validators and stored hashed; on any failure
/// nothing is written.
/// </summary>
public sealed class StaffAccountCreator(LettingsDbContext db, UserManager<LettingsUser> users, StaffMembership membership)
{
    /// <summary>Identity's verdict on a password, without touching the database.</summary>
    public async Task<IdentityResult> ValidatePasswordAsync(string username, string password)
    {
        var candidate = new LettingsUser { UserName = username };
        var errors = new List<IdentityError>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, candidate, password);
            errors.AddRange(result.Errors);
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    public async Task<IdentityResult> CreateAsync(
        string username, string email, string password, bool administrator = true, CancellationToken cancellationToken = default)
    {
        if (!new EmailAddressAttribute().IsValid(email) || string.IsNullOrWhiteSpace(email))
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidEmail(email));
        }

        // Identity saves the account and its role apart: one transaction keeps them together. Through the execution
        // strategy, which a retrying one requires, and which may then run it again from the start.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var user = new LettingsUser { UserName = username, Email = email };
            var result = await users.CreateAsync(user, password);
            if (result.Succeeded)
            {
                result = await membership.SetStaffAsync(user, staff: true);
            }

            if (result.Succeeded)
            {
                result = await membership.SetAdministratorAsync(user, administrator);
            }

            if (result.Succeeded)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return result;
        });
    }
}
