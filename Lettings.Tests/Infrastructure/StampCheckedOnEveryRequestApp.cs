using Microsoft.AspNetCore.Identity;

namespace Lettings.Tests.Infrastructure;

/// <summary>The site with the security stamp checked on every request instead of once a minute.</summary>
public sealed class StampCheckedOnEveryRequestApp() : LettingsApp(new SqliteTestDatabase())
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);
}
