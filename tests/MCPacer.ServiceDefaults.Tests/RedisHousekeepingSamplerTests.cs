using System.Diagnostics;
using MCPacer.ServiceDefaults.Telemetry;
using OpenTelemetry.Trace;

namespace MCPacer.ServiceDefaults.Tests;

public sealed class RedisHousekeepingSamplerTests
{
    static readonly KeyValuePair<string, object?>[] RedisTags = [new("db.system", "redis")];
    static readonly ActivityContext SampledParent = new(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);

    [Theory]
    [InlineData("PING")]
    [InlineData("SUBSCRIBE")]
    public void A_redis_command_with_no_span_above_it_is_dropped(string command) =>
        Assert.Equal(SamplingDecision.Drop, Decide(default, command, ActivityKind.Client, RedisTags));

    [Fact]
    public void A_redis_command_made_inside_a_request_is_kept() =>
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(SampledParent, "PUBLISH", ActivityKind.Client, RedisTags));

    [Fact]
    public void A_new_style_redis_tag_is_recognised_too() =>
        Assert.Equal(SamplingDecision.Drop, Decide(default, "PING", ActivityKind.Client, [new("db.system.name", "redis")]));

    [Theory]
    [InlineData("GET /api/plans/context", ActivityKind.Server)]
    [InlineData("strava sync", ActivityKind.Internal)]
    [InlineData("GET", ActivityKind.Client)]
    public void Everything_else_at_the_root_is_kept(string name, ActivityKind kind) =>
        Assert.Equal(SamplingDecision.RecordAndSample, Decide(default, name, kind, []));

    static SamplingDecision Decide(ActivityContext parent, string name, ActivityKind kind, KeyValuePair<string, object?>[] tags) =>
        ServiceSampler.Create(TimeProvider.System).ShouldSample(new SamplingParameters(parent, ActivityTraceId.CreateRandom(), name, kind, tags)).Decision;
}
