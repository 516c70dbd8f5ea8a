using Microsoft.AspNetCore.Authentication.Cookies;

namespace Lettings.Web.Accounts.Sessions;

public static class SessionServiceExtensions
{
    /// <summary>Server-side sessions for the sign-in cookie (<see cref="DatabaseTicketStore"/>), and the service that ends them.</summary>
    public static IServiceCollection AddServerSideSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(SessionSettings.From(configuration));
        services.AddSingleton<DatabaseTicketStore>();
        services.AddScoped<AccountSessions>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);
        return services;
    }
}
