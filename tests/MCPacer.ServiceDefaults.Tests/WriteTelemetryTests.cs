using System.Diagnostics;
using System.Diagnostics.Metrics;
using MCPacer.ServiceDefaults.Telemetry;

namespace MCPacer.ServiceDefaults.Tests;

public sealed class WriteTelemetryTests : IDisposable
{
    readonly ServiceTelemetry _telemetry = new($"MCPacer.Tests.{Guid.NewGuid():N}");
    readonly List<Activity> _spans = [];
    readonly List<(long Value, Dictionary<string, object?> Tags)> _writes = [];
    readonly ActivityListener _spanListener;
    readonly MeterListener _meterListener = new();

    public WriteTelemetryTests()
    {
        _spanListener = new ActivityListener
        {
            ShouldListenTo = source => source == _telemetry.ActivitySource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Add,
        };
        ActivitySource.AddActivityListener(_spanListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == _telemetry.Meter)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            _writes.Add((value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        _meterListener.Start();
    }

    [Fact]
    public void A_stale_write_is_a_span_with_the_reason_as_an_event_and_counts_as_stale()
    {
        var writes = new WriteTelemetry(_telemetry);

        using (var span = writes.Start("plan", "update week"))
        {
            span?.SetTag(TelemetryNames.Attributes.PlanWeek, 9);
            writes.RecordRefused(span, "plan", WriteTelemetry.Stale, "the plan is now at revision abc");
        }

        var exported = Assert.Single(_spans);
        Assert.Equal("plan update week", exported.DisplayName);
        Assert.Equal("stale", exported.GetTagItem(TelemetryNames.Attributes.WriteOutcome));
        var refusal = Assert.Single(exported.Events);
        Assert.Equal(TelemetryNames.Events.WriteRefused, refusal.Name);
        Assert.Equal("stale", refusal.Tags.Single(t => t.Key == TelemetryNames.Attributes.RefusalReason).Value);
        Assert.Equal("the plan is now at revision abc", refusal.Tags.Single(t => t.Key == TelemetryNames.Attributes.RefusalDetail).Value);
        var (count, tags) = Assert.Single(_writes);
        Assert.Equal(1, count);
        Assert.Equal("plan", tags[TelemetryNames.Attributes.WriteKind]);
        Assert.Equal("stale", tags[TelemetryNames.Attributes.WriteOutcome]);
    }

    [Fact]
    public void A_saved_write_carries_its_new_revision_and_counts_as_saved()
    {
        var writes = new WriteTelemetry(_telemetry);

        using (var span = writes.Start("memory", "write section"))
        {
            writes.RecordSaved(span, "memory", "v2");
        }

        var exported = Assert.Single(_spans);
        Assert.Equal("v2", exported.GetTagItem(TelemetryNames.Attributes.Revision));
        Assert.Empty(exported.Events);
        Assert.Equal("saved", Assert.Single(_writes).Tags[TelemetryNames.Attributes.WriteOutcome]);
    }

    public void Dispose()
    {
        _spanListener.Dispose();
        _meterListener.Dispose();
        _telemetry.Dispose();
    }
}
