using Lettings.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lettings.Web.Accounts;

public static class AccountServiceExtensions
{
    /// <summary>
    /// ASP.NET Core Identity on <see cref="LettingsDbContext"/>: long passwords without composition rules (NIST
    /// 800-63B), lockout after repeated failures, and Data Protection keys kept in the database so that cookies and
    /// antiforgery tokens survive restarts and work across instances.
    /// </summary>
    public static WebApplicationBuilder AddLettingsAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddIdentity<LettingsUser, IdentityRole<int>>(options =>
            {
                options.Password.RequiredLength = AccountRules.MinimumPasswordLength;
                options.Password.RequiredUniqueChars = 5;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = AccountRules.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = AccountRules.LockoutDuration;

                // UsernameValidator applies the username rule instead.
                options.User.AllowedUserNameCharacters = "";
            })
            .AddEntityFrameworkStores<LettingsDbContext>()
            .AddSignInManager<LettingsSignInManager>()
            .AddUserValidator<UsernameValidator>();

        // Verifies the original site's Django hashes too; Identity re-hashes them on the first sign-in.
        // Its iteration count stays configurable through PasswordHasherOptions.
        builder.Services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<LettingsUser>, DjangoPasswordHasher>());
        builder.Services.TryAddSingleton(TimeProvider.System);

        // Role and account changes reach signed-in users within a minute (the cookie's principal is rebuilt).
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        builder.Services.AddDataProtection()
            .SetApplicationName("Orange County Lettings")
            .PersistKeysToDbContext<LettingsDbContext>();
        return builder;
    }
}
