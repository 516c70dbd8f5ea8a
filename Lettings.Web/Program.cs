using Lettings.ServiceDefaults;
using Lettings.Web.Admin;
using Lettings.Web.Caching;
using Lettings.Web.Commands;
using Lettings.Web.Hosting;
using Lettings.Web.Seo;
using Lettings.Web.Transfer;

try
{
    var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));

    builder.AddServiceDefaults();
    builder.AddLettingsSentry();
    builder.UseLettingsPort();
    builder.CheckForwardedHeadersSetting();
    builder.AddLettingsDatabase();
    builder.AddLettingsAccounts();
    builder.AddLettingsSite();
    builder.AddPublicOutputCache();
    builder.AddCrawlerFiles();
    builder.AddLettingsHosting();
    builder.AddBackOffice();
    builder.AddLettingsTransfer();
    builder.AddLettingsCommands();

    var app = builder.Build();

    if (await app.RunCommandAsync(args) is int exitCode)
    {
        return exitCode;
    }

    app.UseLettingsRequestLogging();
    app.UseLettingsSite();
    app.UsePublicOutputCache();
    app.MapDefaultEndpoints();
    app.MapLettingsSite();
    app.MapCrawlerFiles();

    app.LogTelemetrySinks();
    await app.PrepareDatabaseAsync();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (StartFailure.IsReportable(e))
{
    return StartFailure.Report(e);
}

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
