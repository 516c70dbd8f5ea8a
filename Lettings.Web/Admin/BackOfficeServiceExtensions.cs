using Lettings.Web.Admin.Accounts;
using Lettings.Web.Admin.Login;
using Lettings.Web.Admin.RecentActions;
using Lettings.Web.Hosting;
using Lettings.Web.Hosting.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lettings.Web.Admin;

public static class BackOfficeServiceExtensions
{
    /// <summary>The record folders of the back office; each has an Edit page answering both "add/" and "{id}/change/".</summary>
    private static readonly string[] s_recordFolders = ["Addresses", "Lettings", "Profiles", "Users"];

    /// <summary>
    /// The staff back office under <c>/admin/</c>: the staff policy on the whole folder (one convention; only
    /// log-in and log-out are open), the sign-in cookie, and the services its pages use.
    /// </summary>
    public static WebApplicationBuilder AddBackOffice(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Staff.Policy, policy => policy.RequireAuthenticatedUser().RequireRole(Staff.Role));

        builder.Services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", Staff.Policy);
            options.Conventions.AllowAnonymousToPage("/Admin/Login/Index");
            options.Conventions.AllowAnonymousToPage("/Admin/Logout/Index");
            options.Conventions.AddFolderApplicationModelConvention("/Admin", page => page.EndpointMetadata.Add(NoStore.Required));
            options.Conventions.AddPageApplicationModelConvention("/Admin/Login/Index", page => page.EndpointMetadata.Add(SignInRateLimit.Attempt));
            foreach (var folder in s_recordFolders)
            {
                options.Conventions.AddPageRoute($"/Admin/{folder}/Edit", $"admin/{folder.ToLowerInvariant()}/add/");
            }
        });

        builder.Services.ConfigureApplicationCookie(options => BackOfficeCookie.Configure(options, builder.Environment));
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<UnknownUserLockout>();
        builder.Services.AddScoped<AdminActionLog>();
        builder.Services.AddScoped<RecentActionsQuery>();
        builder.Services.AddScoped<StaffMembership>();
        builder.Services.AddScoped<StaffAccountCreator>();
        return builder;
    }
}
