namespace Lettings.Tests.Infrastructure;

/// <summary>
/// Tests that listen to process-wide telemetry (OpenTelemetry's activity listeners, Sentry's static SDK) run
/// in this collection, alone and after the parallel ones, so no other test's requests reach their exporters.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GlobalTelemetry
{
    public const string Name = "Process-wide telemetry";
}
