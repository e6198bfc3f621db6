using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MCPacer.ServiceDefaults.Telemetry;

/// <summary>
/// A span per write of a file people edit (a plan, the coach memory) and the count of writes by kind and outcome:
/// "saved", or the reason it was refused ("stale", "invalid", "refused", "not found"), also as an event on the span.
/// </summary>
public sealed class WriteTelemetry(ServiceTelemetry telemetry)
{
    public const string Saved = "saved";
    public const string Stale = "stale";
    public const string Invalid = "invalid";
    public const string Refused = "refused";
    public const string NotFound = "not found";

    readonly Counter<long> _writes = telemetry.Meter.CreateCounter<long>(
        TelemetryNames.Instruments.Writes, "{write}", "Writes of plans and the coach memory, by kind and outcome (saved, or why refused)");

    /// <summary>Starts "plan add run", "memory replace section", ...; the caller tags what it writes.</summary>
    public Activity? Start(string kind, string operation)
    {
        var activity = telemetry.ActivitySource.StartActivity($"{kind} {operation}");
        activity?.SetTag(TelemetryNames.Attributes.WriteKind, kind);
        return activity;
    }

    public void RecordSaved(Activity? activity, string kind, string revision)
    {
        activity?.SetTag(TelemetryNames.Attributes.Revision, revision);
        activity?.SetTag(TelemetryNames.Attributes.WriteOutcome, Saved);
        _writes.Add(1, new(TelemetryNames.Attributes.WriteKind, kind), new(TelemetryNames.Attributes.WriteOutcome, Saved));
    }

    /// <summary>The <paramref name="detail"/> names fields and revisions, never the refused content.</summary>
    public void RecordRefused(Activity? activity, string kind, string reason, string detail)
    {
        AddRefusal(activity, reason, detail);
        _writes.Add(1, new(TelemetryNames.Attributes.WriteKind, kind), new(TelemetryNames.Attributes.WriteOutcome, reason));
    }

    /// <summary>A request refused before it reached a store (its checks failed): an event on the request's span.</summary>
    public static void AddRefusal(Activity? activity, string reason, string detail)
    {
        activity?.SetTag(TelemetryNames.Attributes.WriteOutcome, reason);
        activity?.AddEvent(new ActivityEvent(TelemetryNames.Events.WriteRefused, tags: new ActivityTagsCollection
        {
            [TelemetryNames.Attributes.RefusalReason] = reason,
            [TelemetryNames.Attributes.RefusalDetail] = detail,
        }));
    }
}
