using Lettings.ServiceDefaults;

namespace Lettings.Web.Hosting;

public static class ForwardedHeadersSetting
{
    /// <summary>The host's own switch (ASP.NET Core reads it as the host starts), as the environment spells it.</summary>
    public const string Variable = "ASPNETCORE_FORWARDEDHEADERS_ENABLED";

    /// <summary>
    /// ASP.NET Core turns forwarded headers on for exactly <c>true</c> and silently ignores anything else, so a
    /// <c>yes</c> or <c>1</c> behind Heroku's router would leave every request looking like plain HTTP.
    /// </summary>
    public static WebApplicationBuilder CheckForwardedHeadersSetting(this WebApplicationBuilder builder)
    {
        _ = Setting.Flag(builder.Configuration, "FORWARDEDHEADERS_ENABLED", Variable);
        return builder;
    }
}
