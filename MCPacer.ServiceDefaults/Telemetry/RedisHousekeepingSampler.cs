using System.Diagnostics;
using OpenTelemetry.Trace;

namespace MCPacer.ServiceDefaults.Telemetry;

/// <summary>
/// Drops the Redis commands that no request or job of ours made: a command with no span above it is the client's own
/// housekeeping (SUBSCRIBE at start, its keep-alive PING), one-span traces that would crowd the Aspire dashboard's
/// traces list. A command made while serving a request or running a sync is kept, as the child it is; everything else
/// is kept (a root sampler: see <see cref="ServiceSampler"/>).
/// </summary>
public sealed class RedisHousekeepingSampler : Sampler
{
    static readonly SamplingResult Drop = new(SamplingDecision.Drop);
    static readonly SamplingResult Keep = new(SamplingDecision.RecordAndSample);

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.ParentContext.TraceId == default && samplingParameters.Kind == ActivityKind.Client && IsRedis(samplingParameters.Tags)
            ? Drop
            : Keep;

    // The Redis instrumentation tags its spans at creation with the old or the new database convention, or both.
    static bool IsRedis(IEnumerable<KeyValuePair<string, object?>>? tags) =>
        tags?.Any(t => t.Key is "db.system" or "db.system.name" && t.Value as string == "redis") == true;
}
