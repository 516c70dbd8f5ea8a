using Lettings.Web.Hosting.RateLimiting;
using Microsoft.AspNetCore.Authorization;

namespace Lettings.Web.Admin.Account;

public static class OwnAccountServiceExtensions
{
    /// <summary>
    /// The services of the own-account pages (<c>/admin/account/</c>) and the two-factor setting, read once at start,
    /// with the handlers of <see cref="TwoFactorEnrolledRequirement"/> (the back office's policies carry it);
    /// Identity's authenticator token provider (TOTP, RFC 6238), the only token provider the site registers, as
    /// <c>AddTokenProvider</c> does; the second sign-in steps are sign-in attempts to the rate limiter, as the login
    /// page is.
    /// </summary>
    public static IServiceCollection AddOwnAccount(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TwoFactorSettings.From(configuration));
        services.AddScoped<OwnAccount>();
        services.AddScoped<IAuthorizationHandler, TwoFactorEnrolledHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorEnrolmentRedirect>();
        services.AddTransient<AuthenticatorTokenProvider<LettingsUser>>();
        services.Configure<IdentityOptions>(options => options.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] =
            new TokenProviderDescriptor(typeof(AuthenticatorTokenProvider<LettingsUser>)));
        services.Configure<RazorPagesOptions>(options =>
        {
            foreach (var page in (string[])["/Admin/Login/TwoFactor", "/Admin/Login/TwoFactorRecovery"])
            {
                options.Conventions.AddPageApplicationModelConvention(page, model => model.EndpointMetadata.Add(SignInRateLimit.Attempt));
            }
        });
        return services;
    }
}
