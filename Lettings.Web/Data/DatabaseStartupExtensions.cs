namespace Lettings.Web.Data;

public static class DatabaseStartupExtensions
{
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().PrepareAsync(app.Lifetime.ApplicationStopping);
    }
}
