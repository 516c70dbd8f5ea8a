using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lettings.Web.Data;

/// <summary>Each connection EF Core opens tells <see cref="DatabaseAvailability"/> the database answers again.</summary>
public sealed class AvailabilityInterceptor(DatabaseAvailability availability) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        availability.MarkAvailable();

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        availability.MarkAvailable();
        return Task.CompletedTask;
    }
}
