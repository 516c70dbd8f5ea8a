using Lettings.Web.Admin.Account;
using Lettings.Web.Admin.Accounts;
using Lettings.Web.Admin.History;
using Lettings.Web.Admin.Login;
using Lettings.Web.Hosting;
using Lettings.Web.Hosting.RateLimiting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lettings.Web.Admin;

public static class BackOfficeServiceExtensions
{
    /// <summary>
    /// The staff back office under <c>/admin/</c>, set up by conventions on its folder: the staff policy (only
    /// log-in and log-out are open), the administrator policy on the user pages, a transaction around every POST,
    /// and each record type's <c>add/</c> and bulk <c>delete/</c> routes.
    /// Then the sign-in cookie and the services its pages use.
    /// </summary>
    public static WebApplicationBuilder AddBackOffice(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Staff.Policy, policy => policy.RequireAuthenticatedUser().RequireRole(Staff.Role)
                .AddRequirements(TwoFactorEnrolledRequirement.Instance))
            .AddPolicy(Staff.AdministratorPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(Staff.Role).RequireRole(Staff.AdministratorRole)
                .AddRequirements(TwoFactorEnrolledRequirement.Instance));

        builder.Services.Configure<RazorPagesOptions>(options =>
        {
            options.Conventions.AuthorizeFolder("/Admin", Staff.Policy);
            // Staff manage the catalogue; accounts and roles are for administrators (403 to other staff).
            options.Conventions.AuthorizeFolder("/Admin/Users", Staff.AdministratorPolicy);
            options.Conventions.AllowAnonymousToPage("/Admin/Login/Index");
            options.Conventions.AllowAnonymousToPage("/Admin/Logout/Index");
            options.Conventions.AddFolderApplicationModelConvention("/Admin", page => page.Filters.Add(new BackOfficeTransaction()));
            options.Conventions.AddFolderApplicationModelConvention("/Admin", page => page.EndpointMetadata.Add(NoStore.Required));
            options.Conventions.AddPageApplicationModelConvention("/Admin/Login/Index", page => page.EndpointMetadata.Add(SignInRateLimit.Attempt));
            // Its one route is the cookie's log-in path, declared once (commands, which map no endpoints, read it too).
            options.Conventions.AddPageRouteModelConvention("/Admin/Login/Index", page =>
            {
                page.Selectors.Clear();
                page.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = BackOfficeCookie.LoginPath } });
            });
            foreach (var type in AdminRecordType.All)
            {
                AddSecondRoute(options, type.EditPage, type.AddRoute);
                AddSecondRoute(options, type.DeletePage, type.BulkDeleteRoute);
            }
        });

        builder.Services.ConfigureApplicationCookie(options => BackOfficeCookie.Configure(options, builder.Environment));
        builder.Services.AddHttpContextAccessor();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<UnknownUserLockout>();
        builder.Services.AddScoped<AdminActionLog>();
        builder.Services.AddSingleton<IInterceptor, HistoryInterceptor>();
        builder.Services.AddScoped<RecentActionsQuery>();
        builder.Services.AddScoped<StaffMembership>();
        builder.Services.AddScoped<AdministratorGuard>();
        builder.Services.AddScoped<StaffAccountCreator>();
        builder.Services.AddOwnAccount(builder.Configuration);
        return builder;
    }

    // Not AddPageRoute, which makes every link use the new route: a link with an id still goes to the page's own
    // {id} route, and one without an id to this one.
    private static void AddSecondRoute(RazorPagesOptions options, string page, string route) =>
        options.Conventions.AddPageRouteModelConvention(page, model => model.Selectors.Add(new SelectorModel
        {
            AttributeRouteModel = new AttributeRouteModel { Template = route, Order = 1 },
        }));
}
