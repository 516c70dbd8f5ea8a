namespace Lettings.Web.Commands;

public static class CommandServiceExtensions
{
    /// <summary>The site's commands: a new one is its class and one line here.</summary>
    public static WebApplicationBuilder AddLettingsCommands(this WebApplicationBuilder builder)
    {
        builder.Services.AddSiteCommand<MigrateCommand>();
        builder.Services.AddSiteCommand<CreateAdminCommand>();
        builder.Services.AddSiteCommand<ImportDjangoCommand>();
        builder.Services.AddSiteCommand<ExportCommand>();
        builder.Services.AddSiteCommand<ImportCommand>();
        builder.Services.AddSiteCommand<SeedBulkCommand>().AddScoped<BulkSeed.BulkSeeder>();
        return builder;
    }

    public static IServiceCollection AddSiteCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, ISiteCommand
    {
        services.AddScoped<TCommand>();
        services.AddSingleton(SiteCommandDescriptor.For<TCommand>());
        return services;
    }
}
