using System.Runtime.InteropServices;

namespace Lettings.Web.Commands;

/// <summary>
/// Runs the command the arguments name instead of the web server. Exit codes: 0 done; 1 refused or failed;
/// 2 wrong usage (unknown command or switch, missing value), with the usage on stderr; 130 interrupted.
/// </summary>
public static partial class CommandRunner
{
    public const int Refused = 1;
    public const int WrongUsage = 2;
    public const int Interrupted = 130;

    /// <summary>The command's exit code, or null when the arguments name no command (the site then serves).</summary>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        if (args.Length == 0 || (args[0].StartsWith('-') && !CommandUsage.IsHelp(args[0])))
        {
            return null;
        }

        try
        {
            return await RunAsync(app, args);
        }
        finally
        {
            // Disposing the app flushes the console logger's queue: without it, a command that ends
            // quickly can exit before its last log lines are written.
            await app.DisposeAsync();
        }
    }

    private static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var commands = app.Services.GetServices<SiteCommandDescriptor>().ToList();
        if (CommandUsage.IsHelp(args[0]))
        {
            Console.WriteLine(CommandUsage.Listing(commands));
            return 0;
        }

        var descriptor = commands.Find(c => c.Name == args[0]);
        if (descriptor is null)
        {
            await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'.{Environment.NewLine}{CommandUsage.Listing(commands)}");
            return WrongUsage;
        }

        if (args.Skip(1).Any(CommandUsage.IsHelp))
        {
            Console.WriteLine(CommandUsage.Of(descriptor));
            return 0;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var command = (ISiteCommand)scope.ServiceProvider.GetRequiredService(descriptor.Type);
        if (CommandArguments.TryBind(command, descriptor, args[1..]) is { } problem)
        {
            await Console.Error.WriteLineAsync($"{problem}{Environment.NewLine}{CommandUsage.Of(descriptor)}");
            return WrongUsage;
        }

        using var interrupt = new CancellationTokenSource();
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);
        try
        {
            return await command.RunAsync(interrupt.Token);
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            LogInterrupted(app.Logger, descriptor.Name);
            return Interrupted;
        }

        // Ctrl+C or SIGTERM (a platform stopping the release phase) cancels the command's work instead of
        // killing the process in the middle of it.
        void Cancel(PosixSignalContext context)
        {
            context.Cancel = true;
            interrupt.Cancel();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The command {Command} was interrupted before it finished")]
    private static partial void LogInterrupted(ILogger logger, string command);
}
