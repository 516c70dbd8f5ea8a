using System.Diagnostics;
using OpenTelemetry;

namespace Lettings.ServiceDefaults;

/// <summary>
/// Keeps the children of a filtered-out span (a health probe's database check) out of traces too.
/// The ASP.NET Core instrumentation marks a filtered request's span as not recorded, but with the
/// <c>always_on</c> sampler the Aspire AppHost sets, its children would still be recorded as orphans.
/// Runs when a span starts, before any exporter sees it.
/// </summary>
public sealed class FilteredParentProcessor : BaseProcessor<Activity>
{
    public override void OnStart(Activity data)
    {
        if (data.Parent is { Recorded: false })
        {
            data.IsAllDataRequested = false;
            data.ActivityTraceFlags &= ~ActivityTraceFlags.Recorded;
        }
    }
}
