using Lettings.Web.Admin.Accounts;
using Lettings.Web.Admin.Common;
using Lettings.Web.Admin.History;
using Lettings.Web.Admin.Login;
using Lettings.Web.Admin.RecentActions;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lettings.Web.Admin;

public static class BackOfficeServiceExtensions
{
    /// <summary>
    /// The staff back office under <c>/admin/</c>, set up by conventions on its folder: the staff policy (only
    /// log-in and log-out are open), a transaction around every POST, and each record type's <c>add/</c> route.
    /// Then the sign-in cookie and the services its pages use.
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
            options.Conventions.AddFolderApplicationModelConvention("/Admin", page => page.Filters.Add(new BackOfficeTransaction()));
            // Its one route is the cookie's log-in path, declared once (commands, which map no endpoints, read it too).
            options.Conventions.AddPageRouteModelConvention("/Admin/Login/Index", page =>
            {
                page.Selectors.Clear();
                page.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = BackOfficeCookie.LoginPath } });
            });
            foreach (var type in AdminRecordType.All)
            {
                // Not AddPageRoute, which makes every link use the new route: a link with an id goes to {id}/change/.
                options.Conventions.AddPageRouteModelConvention(type.EditPage, page => page.Selectors.Add(new SelectorModel
                {
                    AttributeRouteModel = new AttributeRouteModel { Template = type.AddRoute, Order = 1 },
                }));
            }
        });

        builder.Services.ConfigureApplicationCookie(options => BackOfficeCookie.Configure(options, builder.Environment));
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<UnknownUserLockout>();
        builder.Services.AddScoped<AdminActionLog>();
        builder.Services.AddSingleton<IInterceptor, HistoryInterceptor>();
        builder.Services.AddScoped<RecentActionsQuery>();
        builder.Services.AddScoped<StaffMembership>();
        builder.Services.AddScoped<StaffAccountCreator>();
        return builder;
    }
}
