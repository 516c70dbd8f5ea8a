using Lettings.Web.Accounts.Sessions;
using Microsoft.AspNetCore.DataProtection;
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
            .AddUserManager<LettingsUserManager>()
            .AddSignInManager<LettingsSignInManager>()
            .AddUserValidator<UsernameValidator>();

        // Verifies the original site's Django hashes too; Identity re-hashes them on the first sign-in.
        // Identity's format 3 is PBKDF2 with HMAC-SHA512: OWASP's count for it (older hashes are rehashed at sign-in).
        builder.Services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<LettingsUser>, DjangoPasswordHasher>());
        builder.Services.Configure<PasswordHasherOptions>(options => options.IterationCount = AccountRules.PasswordHashIterations);
        builder.Services.AddSingleton<DummyPasswordHash>();
        builder.Services.AddServerSideSessions(builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);

        // Role and account changes reach signed-in users within a minute (the cookie's principal is rebuilt).
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        builder.Services.AddDataProtection()
            .SetApplicationName("Orange County Lettings")
            .PersistKeysToDbContext<LettingsDbContext>();
        return builder;
    }
}
