using OpenTelemetry.Trace;

namespace MCPacer.ServiceDefaults.Telemetry;

/// <summary>
/// Which spans every service keeps: a child follows its parent's decision (made by the gateway for a request, passed on
/// in traceparent); a root drops Redis housekeeping (<see cref="RedisHousekeepingSampler"/>) and keeps the rest within
/// the trace budget (<see cref="TraceBudgetSampler"/>).
/// </summary>
public static class ServiceSampler
{
    public static Sampler Create(TimeProvider time) => new ParentBasedSampler(new TraceBudgetSampler(new RedisHousekeepingSampler(), time));
}
