using Lettings.Web.Commands;
using Lettings.Web.Transfer.Django;

namespace Lettings.Tests.Transfer;

/// <summary>
/// <c>import-django -</c> reads the file from standard input, the way to hand it to a one-off Heroku dyno
/// (<c>heroku run --no-tty ... import-django - &lt; original.sqlite3</c>).
/// </summary>
public sealed class DjangoImportFromStandardInputTests(EmptySqliteApp app) : IClassFixture<EmptySqliteApp>
{
    [Fact]
    public async Task The_database_sent_on_standard_input_is_imported()
    {
        var info = WebProcess.StartInfo(WebProcess.EnvironmentFor(app.Database), ImportDjangoCommand.CommandName, DjangoImport.StandardInput);
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await using (var input = File.OpenRead(DjangoDatabaseFile.Original))
        {
            await input.CopyToAsync(process.StandardInput.BaseStream);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await output + await error);
        Assert.Contains("Imported the Django database from standard input", await output, StringComparison.Ordinal);
        Assert.Equal((6, 6, 4, 25), await app.WithDbAsync(async db =>
            (await db.Users.CountAsync(), await db.Lettings.CountAsync(), await db.Profiles.CountAsync(), await db.AdminActions.CountAsync())));
    }
}
