using Lettings.Web.Transfer.Django;
using Lettings.Web.Transfer.Export;
using Lettings.Web.Transfer.Import;
using Lettings.Web.Transfer.Loading;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Lettings.Web.Transfer;

public static class TransferServiceExtensions
{
    /// <summary>Taking over the original Django database, and the portable export and import of the whole site.</summary>
    public static WebApplicationBuilder AddLettingsTransfer(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<TargetDatabase>();
        builder.Services.AddScoped<ImportRunner>();
        builder.Services.AddScoped<DjangoImport>();
        builder.Services.AddScoped<FileImport>();
        builder.Services.AddScoped<ExportWriter>();
        builder.Services.AddScoped<FileExport>();
        return builder;
    }
}
