namespace Lettings.Web.Admin.Account;

public static class OwnAccountServiceExtensions
{
    /// <summary>The services of the own-account pages (<c>/admin/account/</c>).</summary>
    public static IServiceCollection AddOwnAccount(this IServiceCollection services)
    {
        services.AddScoped<OwnAccount>();
        return services;
    }
}
