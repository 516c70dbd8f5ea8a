namespace Lettings.Web.Hosting;

/// <summary>
/// Heroku sends SIGTERM, then SIGKILL 30 s later. On SIGTERM the host stops accepting connections and lets the
/// requests in flight finish for up to <see cref="Timeout"/>, then exits 0. A request itself never runs longer than
/// <see cref="RequestTimeouts.Timeout"/>, so one that was in flight when the signal came has finished by then.
/// </summary>
public static class GracefulShutdown
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(25);

    public static WebApplicationBuilder AddGracefulShutdown(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = Timeout);
        return builder;
    }
}
