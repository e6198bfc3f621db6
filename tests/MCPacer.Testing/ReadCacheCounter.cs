using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using MCPacer.ServiceDefaults.Telemetry;

namespace MCPacer.Testing;

/// <summary>
/// Counts one service's cached reads by answer and outcome ("hit", "built", "bypassed"), as its
/// <c>mcpacer.read_cache.reads</c> counter reports them: a test sees whether a read was served from memory.
/// </summary>
public sealed class ReadCacheCounter : IDisposable
{
    readonly MeterListener _listener = new();
    readonly ConcurrentDictionary<(string Answer, string Outcome), int> _counts = new();

    public ReadCacheCounter(ServiceTelemetry telemetry)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == telemetry.Meter && instrument.Name == TelemetryNames.Instruments.ReadCacheReads)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var answer = "";
            var outcome = "";
            foreach (var tag in tags)
            {
                if (tag.Key == TelemetryNames.Attributes.CacheAnswer)
                {
                    answer = tag.Value as string ?? "";
                }
                else if (tag.Key == TelemetryNames.Attributes.CacheOutcome)
                {
                    outcome = tag.Value as string ?? "";
                }
            }

            _counts.AddOrUpdate((answer, outcome), (int)value, (_, count) => count + (int)value);
        });
        _listener.Start();
    }

    public int Hits(string answer) => _counts.GetValueOrDefault((answer, "hit"));

    public int Builds(string answer) => _counts.GetValueOrDefault((answer, "built"));

    public int Bypasses(string answer) => _counts.GetValueOrDefault((answer, "bypassed"));

    /// <summary>Reads until one is served from memory: a cache that follows events serves once it has subscribed to them.</summary>
    public async Task WaitUntilServingAsync(string answer, Func<Task> read)
    {
        var deadline = DateTime.UtcNow + Eventually.Bound;
        while (Hits(answer) == 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"no read of {answer} was served from memory within {Eventually.Bound.TotalSeconds} s");
            }

            await read();
            await Task.Delay(20);
        }
    }

    public void Dispose() => _listener.Dispose();
}
