using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Filters;
using Npgsql;

namespace Lettings.Tests.Infrastructure;

/// <summary>
/// Makes any page fail on demand (after reading the form, if any): <c>?inject-fault=MARKER</c> throws a fault of the
/// site (a 500), <c>?inject-outage=MARKER</c> what Npgsql throws when the database refuses the connection (a 503).
/// Add it to a test app with <c>options.Conventions.ConfigureFilter(new FaultFilter())</c>.
/// </summary>
public sealed class FaultFilter : IPageFilter
{
    public const string Trigger = "inject-fault";
    public const string OutageTrigger = "inject-outage";
    public const string Message = "Injected fault ";

    public static Exception Outage(string marker) =>
        new NpgsqlException(Message + marker, new SocketException((int)SocketError.ConnectionRefused));

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        var request = context.HttpContext.Request;
        if (request.Path.StartsWithSegments("/errors", StringComparison.Ordinal))
        {
            return;
        }

        if (request.Query.TryGetValue(Trigger, out var marker))
        {
            _ = request.HasFormContentType ? request.Form : null;
            throw new InvalidOperationException(Message + marker);
        }

        if (request.Query.TryGetValue(OutageTrigger, out var outage))
        {
            throw Outage(outage.ToString());
        }
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
