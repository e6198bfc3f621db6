using OpenTelemetry.Trace;

namespace MCPacer.ServiceDefaults.Telemetry;

/// <summary>
/// Bounds how many traces this process starts. At a person's pace (pages opened, a coaching session's tool calls) every
/// trace is kept; a flood (a load test, a client in a loop) is kept at <see cref="PerSecond"/> a second once a burst of
/// <see cref="Burst"/> is spent. Every kept span is exported, and under load the export took this process and the Aspire
/// dashboard a third of two cores, the CPU the requests were waiting for. The decision is made once, at the root, and
/// travels with the trace (see <see cref="ServiceSampler"/>), so a trace is kept or dropped whole.
/// </summary>
public sealed class TraceBudgetSampler(Sampler inner, TimeProvider time) : Sampler
{
    public const double PerSecond = 20;
    public const int Burst = 100;

    static readonly SamplingResult Drop = new(SamplingDecision.Drop);

    readonly Lock _gate = new();
    double _tokens = Burst;
    long _refilledAt = time.GetTimestamp();

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters)
    {
        var decided = inner.ShouldSample(samplingParameters);
        return decided.Decision == SamplingDecision.Drop || TakeOne() ? decided : Drop;
    }

    bool TakeOne()
    {
        lock (_gate)
        {
            var now = time.GetTimestamp();
            _tokens = Math.Min(Burst, _tokens + time.GetElapsedTime(_refilledAt, now).TotalSeconds * PerSecond);
            _refilledAt = now;
            if (_tokens < 1)
            {
                return false;
            }

            _tokens--;
            return true;
        }
    }
}
