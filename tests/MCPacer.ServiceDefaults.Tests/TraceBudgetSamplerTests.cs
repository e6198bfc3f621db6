using System.Diagnostics;
using MCPacer.ServiceDefaults.Telemetry;
using MCPacer.Testing;
using OpenTelemetry.Trace;

namespace MCPacer.ServiceDefaults.Tests;

public sealed class TraceBudgetSamplerTests
{
    static readonly ActivityContext SampledParent = new(ActivityTraceId.CreateRandom(), ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded);
    readonly FixedClock _clock = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    readonly Sampler _sampler;

    public TraceBudgetSamplerTests() => _sampler = ServiceSampler.Create(_clock);

    [Fact]
    public void A_burst_is_kept_whole_and_the_flood_after_it_is_dropped()
    {
        var kept = Enumerable.Range(0, 150).Count(_ => Request(default));

        Assert.Equal(TraceBudgetSampler.Burst, kept);
    }

    [Fact]
    public void A_spent_budget_refills_at_its_rate()
    {
        Enumerable.Range(0, 150).ToList().ForEach(_ => Request(default));

        _clock.Now += TimeSpan.FromSeconds(1);

        Assert.Equal((int)TraceBudgetSampler.PerSecond, Enumerable.Range(0, 50).Count(_ => Request(default)));
    }

    [Fact]
    public void A_trace_kept_at_its_root_keeps_every_span_below_it_when_the_budget_is_spent()
    {
        Enumerable.Range(0, 150).ToList().ForEach(_ => Request(default));

        Assert.True(Request(SampledParent));
    }

    [Fact]
    public void Redis_housekeeping_that_is_dropped_anyway_spends_nothing()
    {
        KeyValuePair<string, object?>[] redis = [new("db.system", "redis")];
        for (var i = 0; i < 150; i++)
        {
            Decide(default, "PING", ActivityKind.Client, redis);
        }

        Assert.Equal(TraceBudgetSampler.Burst, Enumerable.Range(0, 150).Count(_ => Request(default)));
    }

    bool Request(ActivityContext parent) =>
        Decide(parent, "GET /api/coach/memory", ActivityKind.Server, []) == SamplingDecision.RecordAndSample;

    SamplingDecision Decide(ActivityContext parent, string name, ActivityKind kind, KeyValuePair<string, object?>[] tags) =>
        _sampler.ShouldSample(new SamplingParameters(parent, ActivityTraceId.CreateRandom(), name, kind, tags)).Decision;
}
